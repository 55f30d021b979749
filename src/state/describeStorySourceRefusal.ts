import type { I18n } from '../i18n/i18n.ts';
import type { StorySourceRefusal } from './storySource.ts';

/** Why a link's `story=` is not opened, in the instance's language (the 'checks' part, loaded into it first). */
export function describeStorySourceRefusal(refusal: StorySourceRefusal, i18n: I18n): string {
  switch (refusal.why) {
    case 'two-stories':
      return i18n._({ id: 'checks.link.twoStories', message: 'the link names more than one story' });
    case 'too-long':
      return i18n._({
        id: 'checks.link.tooLong',
        message: 'the story address is longer than {maxLength} characters',
        values: { maxLength: refusal.maxLength },
      });
    case 'not-an-address':
      return i18n._({
        id: 'checks.link.notAnAddress',
        message: '{address} is not a web address',
        values: { address: refusal.address },
      });
    case 'not-web':
      return i18n._({
        id: 'checks.link.notWeb',
        message: '{address} is not an http(s) address; only web addresses are opened',
        values: { address: refusal.address },
      });
    case 'credentials':
      return i18n._({
        id: 'checks.link.credentials',
        message: '{address} contains a user name or password; those are not opened',
        values: { address: refusal.address },
      });
    case 'plain-http':
      return i18n._({
        id: 'checks.link.plainHttp',
        message: '{address} is plain http on another site; use its https address',
        values: { address: refusal.address },
      });
  }
}

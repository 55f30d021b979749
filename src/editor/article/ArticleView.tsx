import { useState, type ClipboardEvent } from 'react';
import type { LocalDateTime, PassageRole } from '../../model/article.ts';
import { NEW_STORY_ID, withArticle, withStory, type StoryDraft } from '../draft/storyDraft.ts';
import { TextField } from '../form/Field.tsx';
import { useI18n } from '../../ui/i18n/LanguageContext.tsx';
import { StoryText } from '../../ui/i18n/StoryText.tsx';
import { translateNodes } from '../../ui/i18n/translateNodes.tsx';
import { applyArticleText, type LostQuote } from './applyArticleText.ts';
import { htmlToParagraphs, markdownToText, normalisePlainText } from './htmlToParagraphs.ts';

interface ArticleViewProps {
  draft: StoryDraft;
  onChange: (draft: StoryDraft, typingIn?: string) => void;
}

type TextStatus =
  | { kind: 'none' }
  | { kind: 'applied'; passages: number; lost: LostQuote[]; moved: number }
  | { kind: 'failed'; message: string };

function slug(text: string): string {
  const words = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .match(/[a-z0-9]+/g);
  return (words ?? []).slice(0, 8).join('-') || NEW_STORY_ID;
}

async function textOfFile(file: File): Promise<string> {
  const text = await file.text();
  if (/\.html?$/i.test(file.name) || file.type === 'text/html') return htmlToParagraphs(text);
  if (/\.(md|markdown)$/i.test(file.name)) return markdownToText(text);
  return normalisePlainText(text);
}

const NO_TIME: LocalDateTime = { local: '', utcOffset: '', zone: '' };

/** The article: its details, its text (pasted, typed or opened from a file) and the passages made from it. */
export function ArticleView({ draft, onChange }: ArticleViewProps) {
  const { story } = draft;
  const { article } = story;
  const i18n = useI18n();
  const [status, setStatus] = useState<TextStatus>({ kind: 'none' });

  function apply(next: StoryDraft) {
    const result = applyArticleText(next, i18n);
    if (result.status === 'failed') {
      onChange(next);
      setStatus({ kind: 'failed', message: result.message });
      return;
    }
    onChange(result.draft);
    setStatus({
      kind: 'applied',
      passages: result.draft.story.article.passages.length,
      lost: result.lost,
      moved: result.moved,
    });
  }

  function onPaste(event: ClipboardEvent<HTMLTextAreaElement>) {
    const html = event.clipboardData.getData('text/html');
    const plain = event.clipboardData.getData('text/plain');
    // A page's rich HTML is parsed inertly to its text and paragraphs; nothing of it is put in the page.
    const pasted = html.trim() !== '' ? htmlToParagraphs(html) : normalisePlainText(plain);
    event.preventDefault();
    const area = event.currentTarget;
    const value = draft.articleText;
    const articleText = value.slice(0, area.selectionStart) + pasted + value.slice(area.selectionEnd);
    apply({ ...draft, articleText });
  }

  function setArticle(change: Partial<typeof article>, field: string) {
    onChange(withArticle(draft, change), field);
  }

  function setPublished(change: Partial<LocalDateTime>, field: string) {
    const published = { ...(article.publishedAt ?? NO_TIME), ...change };
    const empty = published.local === '' && published.utcOffset === '' && published.zone === '';
    setArticle({ publishedAt: empty ? null : published }, field);
  }

  function setRole(passageId: string, role: PassageRole) {
    const passages = article.passages.map((passage) => (passage.id === passageId ? { ...passage, role } : passage));
    onChange(withArticle(draft, { passages }));
  }

  return (
    <section className="editor-view" aria-labelledby="editor-article-heading">
      <h2 id="editor-article-heading">{i18n._({ id: 'editor.article.heading', message: 'The article' })}</h2>
      <div className="editor-columns">
        <fieldset className="editor-fieldset">
          <legend>{i18n._({ id: 'editor.article.storyLegend', message: 'The story' })}</legend>
          <TextField
            label={i18n._({ id: 'editor.article.storyTitle', message: 'Story title' })}
            hint={i18n._({
              id: 'editor.article.storyTitleHint',
              message: 'What the map is about, as readers see it at the top of the page.',
            })}
            path={['title']}
            value={story.title}
            onChange={(title) => {
              const change = draft.madeHere && (story.id === NEW_STORY_ID || story.id === slug(story.title));
              onChange(withStory(draft, change ? { title, id: slug(title) } : { title }), 'story.title');
            }}
          />
          <TextField
            label={i18n._({ id: 'editor.article.summary', message: 'Summary' })}
            hint={i18n._({
              id: 'editor.article.summaryHint',
              message: 'One or two sentences: what happened, as the article tells it.',
            })}
            path={['summary']}
            value={story.summary}
            multiline
            onChange={(summary) => onChange(withStory(draft, { summary }), 'story.summary')}
          />
          <TextField
            label={i18n._({ id: 'editor.article.storyId', message: 'Story id' })}
            hint={i18n._({
              id: 'editor.article.storyIdHint',
              message:
                'Lower-case words joined by hyphens; names the downloaded file. Made from the title until you change it.',
            })}
            path={['id']}
            value={story.id}
            onChange={(id) => onChange(withStory(draft, { id }), 'story.id')}
          />
        </fieldset>
        <fieldset className="editor-fieldset">
          <legend>{i18n._({ id: 'editor.article.detailsLegend', message: "The article's details" })}</legend>
          <TextField
            label={i18n._({ id: 'editor.article.headline', message: 'Headline' })}
            hint={i18n._({ id: 'editor.article.headlineHint', message: 'As the publisher printed it.' })}
            path={['article', 'title']}
            value={article.title}
            onChange={(title) => setArticle({ title }, 'article.title')}
          />
          <TextField
            label={i18n._({ id: 'editor.article.publisher', message: 'Publisher' })}
            hint={i18n._({
              id: 'editor.article.publisherHint',
              message: 'The newspaper, broadcaster or site, e.g. “Example News”.',
            })}
            path={['article', 'publisher']}
            value={article.publisher}
            onChange={(publisher) => setArticle({ publisher }, 'article.publisher')}
          />
          <TextField
            label={i18n._({ id: 'editor.article.url', message: 'Web address' })}
            hint={i18n._({
              id: 'editor.article.urlHint',
              message: 'Where the article can be read, starting https://; leave empty if it is not online.',
            })}
            path={['article', 'url']}
            type="url"
            value={article.url ?? ''}
            onChange={(url) => setArticle({ url: url.trim() === '' ? null : url.trim() }, 'article.url')}
          />
          <TextField
            label={i18n._({ id: 'editor.article.published', message: 'Published (local date and time)' })}
            hint={i18n._({ id: 'editor.article.publishedHint', message: 'As printed on the article.' })}
            path={['article', 'publishedAt', 'local']}
            type="datetime-local"
            value={article.publishedAt?.local ?? ''}
            onChange={(local) => setPublished({ local }, 'article.published.local')}
          />
          <TextField
            label={i18n._({ id: 'editor.article.offset', message: 'Published: UTC offset' })}
            hint={i18n._({ id: 'editor.article.offsetHint', message: 'The offset of the time printed, e.g. +05:30.' })}
            path={['article', 'publishedAt', 'utcOffset']}
            value={article.publishedAt?.utcOffset ?? ''}
            onChange={(utcOffset) => setPublished({ utcOffset }, 'article.published.offset')}
          />
          <TextField
            label={i18n._({ id: 'editor.article.zone', message: 'Published: time zone as printed' })}
            hint={i18n._({
              id: 'editor.article.zoneHint',
              message: 'The zone the article prints beside its time, e.g. IST.',
            })}
            path={['article', 'publishedAt', 'zone']}
            value={article.publishedAt?.zone ?? ''}
            onChange={(zone) => setPublished({ zone }, 'article.published.zone')}
          />
          <TextField
            label={i18n._({ id: 'editor.article.byline', message: 'Byline' })}
            hint={i18n._({
              id: 'editor.article.bylineHint',
              message: 'Who wrote it; leave empty if the article names no one.',
            })}
            path={['article', 'byline']}
            value={article.byline ?? ''}
            onChange={(byline) => setArticle({ byline: byline === '' ? null : byline }, 'article.byline')}
          />
          <TextField
            label={i18n._({ id: 'editor.article.language', message: 'Language' })}
            hint={i18n._({
              id: 'editor.article.languageHint',
              message: "The article's language as a tag: en, fr, ar, ur…",
            })}
            path={['article', 'language']}
            value={article.language}
            onChange={(language) => setArticle({ language }, 'article.language')}
          />
        </fieldset>
      </div>
      <fieldset className="editor-fieldset">
        <legend>{i18n._({ id: 'editor.article.textLegend', message: "The article's text" })}</legend>
        <label className="editor-field__label" htmlFor="editor-article-text">
          {i18n._({ id: 'editor.article.text', message: 'Article text' })}
        </label>
        <p className="editor-field__hint" id="editor-article-text-hint">
          {i18n._({
            id: 'editor.article.textHint',
            message:
              'Paste the article (a copy from a web page keeps only its text and paragraphs), or open a .txt, .html or .md file. Paragraphs are separated by a blank line; lines starting “•” at the top may give the byline, date and source, as in the data build.',
          })}
        </p>
        <textarea
          id="editor-article-text"
          className="editor-article-text"
          // The article's own words, in its language: left to right for English in an Urdu page.
          dir="auto"
          aria-describedby="editor-article-text-hint editor-article-text-status"
          rows={10}
          value={draft.articleText}
          onPaste={onPaste}
          onChange={(event) => onChange({ ...draft, articleText: event.target.value }, 'articleText')}
        />
        <div className="editor-actions">
          <button type="button" onClick={() => apply(draft)}>
            {i18n._({ id: 'editor.article.update', message: 'Update passages from the text' })}
          </button>
          <label className="editor-file-button">
            {i18n._({ id: 'editor.article.openFile', message: 'Open a text file…' })}
            <input
              type="file"
              accept=".txt,.text,.html,.htm,.md,.markdown,text/plain,text/html,text/markdown"
              onChange={(event) => {
                const file = event.target.files?.[0];
                event.target.value = '';
                if (file === undefined) return;
                void textOfFile(file).then(
                  (articleText) => apply({ ...draft, articleText }),
                  (error: unknown) =>
                    setStatus({
                      kind: 'failed',
                      message: i18n._({
                        id: 'editor.article.fileUnreadable',
                        message: 'the file could not be read ({error})',
                        values: { error: String(error) },
                      }),
                    }),
                );
              }}
            />
          </label>
        </div>
        <div id="editor-article-text-status" role="status" className="editor-status">
          {status.kind === 'failed' && (
            <p className="editor-problem">
              {i18n._({
                id: 'editor.article.textUnreadable',
                message: 'The text could not be read: {reason}.',
                values: { reason: status.message },
              })}
            </p>
          )}
          {status.kind === 'applied' && (
            <>
              <p>
                {i18n._({
                  id: 'editor.article.passageCount',
                  message: '{count, plural, one {{count} passage.} other {{count} passages.}}',
                  values: { count: status.passages },
                })}
                {status.moved > 0 &&
                  ` ${i18n._({ id: 'editor.article.moved', message: '{count, plural, one {{count} quote found again in a new place.} other {{count} quotes found again in new places.}}', values: { count: status.moved } })}`}
              </p>
              {status.lost.length > 0 && (
                <>
                  <p className="editor-problem">
                    {i18n._({
                      id: 'editor.article.lost',
                      message:
                        'These quotes lost their words (kept as they were, not moved: cite them again or fix the text):',
                    })}
                  </p>
                  <ul>
                    {status.lost.map((lost, index) => (
                      <li key={index}>
                        {translateNodes(
                          i18n,
                          /*i18n*/ { id: 'editor.article.lostQuote', message: '{where}: “{quote}”' },
                          { quote: <StoryText>{lost.exact}</StoryText> },
                          { where: lost.where },
                        )}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </>
          )}
        </div>
      </fieldset>
      {article.passages.length > 0 && (
        <fieldset className="editor-fieldset">
          <legend>{i18n._({ id: 'editor.article.passages', message: 'Passages' })}</legend>
          <p className="editor-field__hint">
            {i18n._({
              id: 'editor.article.asideHint',
              message: 'An aside (an “Also read” line, an advertisement) is printed with the article but never cited.',
            })}
          </p>
          <ol className="editor-passages">
            {article.passages.map((passage) => (
              <li key={passage.id} className={`editor-passage editor-passage--${passage.role}`}>
                <span className="editor-passage__number">
                  {i18n._({
                    id: 'editor.article.paragraphNumber',
                    message: '¶{number, number}',
                    values: { number: passage.number },
                  })}
                </span>{' '}
                <bdi className="editor-passage__text" lang={article.language}>
                  {passage.text.length > 240 ? `${passage.text.slice(0, 240)}…` : passage.text}
                </bdi>
                <label className="editor-passage__aside">
                  <input
                    type="checkbox"
                    checked={passage.role === 'aside'}
                    onChange={(event) => setRole(passage.id, event.target.checked ? 'aside' : 'body')}
                  />{' '}
                  {i18n._({
                    id: 'editor.article.isAside',
                    message: '¶{number, number} is an aside',
                    values: { number: passage.number },
                  })}
                </label>
              </li>
            ))}
          </ol>
        </fieldset>
      )}
    </section>
  );
}

import { printFromMenu, recordPrinting, showPrinted, story } from './mapPage.ts';
import { expect, isolateNetwork, test } from './offlineNetwork.ts';

// Questions for students: asked step by step in presentation mode, and printed as a worksheet with a separate
// answer key that cites the words each answer rests on.

const tour = story.tour;
if (tour === null) throw new Error('the story as built has a tour');
const asked = tour.steps.flatMap((step) => step.questions ?? []);
const saravan = tour.steps.find((step) => step.id === 'saravan');

test.describe('questions for the class', () => {
  test('presentation mode asks them, and shows an answer with its cited words only when asked', async ({ page }) => {
    await isolateNetwork(page, 'down');
    await page.goto('./?basemap=offline&step=saravan');
    const card = page.getByRole('region', { name: /^Presentation:/ });
    const questions = card.getByRole('region', { name: 'Ask the class' });
    await expect(questions.locator('.question__text')).toHaveText((saravan?.questions ?? []).map((q) => q.question));
    const firstAnswer = questions.locator('.question__answer').first();
    await expect(firstAnswer).toBeHidden();
    await questions.getByText('Show the answer').first().click();
    await expect(firstAnswer).toBeVisible();
    await expect(questions.locator('.question__citations').first()).toContainText('bringing the death toll to nine');
    // The next step starts with its own questions, answers closed.
    await page.keyboard.press('ArrowRight');
    await expect(card.getByRole('heading', { level: 2 })).toHaveText(tour.steps[4]?.title ?? '');
  });

  test('"Worksheet and answer key" prints the questions with room to write, then the answer key, and not the handout', async ({
    page,
  }) => {
    await isolateNetwork(page, 'down');
    await recordPrinting(page);
    await page.goto('./?basemap=offline');
    await printFromMenu(page, 'Worksheet and answer key', 'worksheet');

    await showPrinted(page, 'worksheet');
    const worksheet = page.getByRole('region', { name: 'Printable worksheet' });
    await expect(worksheet).toBeVisible();
    await expect(page.getByRole('region', { name: 'Printable handout' })).toBeHidden();
    const [sheet, key] = [worksheet.locator('.question-list--write'), worksheet.locator('.question-list--key')];
    await expect(sheet.locator('.question__text')).toHaveCount(asked.length);
    await expect(sheet.locator('.question__lines')).toHaveCount(asked.length);
    await expect(sheet.locator('.question__answer')).toHaveCount(0);
    await expect(key.locator('.question__answer')).toHaveCount(asked.filter((q) => q.answer !== null).length);
    await expect(worksheet.locator('.print-worksheet__key')).toContainText(
      'which have reportedly caused casualties on both sides',
    );
  });

  test('Ctrl+P still prints the handout', async ({ page }) => {
    await isolateNetwork(page, 'down');
    await page.goto('./?basemap=offline');
    await expect(page.locator('.incident-icon').first()).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('region', { name: 'Printable handout' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Printable worksheet' })).toBeHidden();
  });
});

import { test, expect, signIn } from "./support/fixtures";
import { seedJob } from "./support/dashboard-seed";

test("the score threshold moves by keyboard and the count and the list follow", async ({ page, org }) => {
  // Scores: Grace 9, Alan 7, Ada 7, Edsger 4; Barbara pending; Ken failed, Dennis rejected.
  const job = await seedJob(org);
  await signIn(page, org.recruiter.email);
  await page.goto(`/jobs/${job.jobId}`);

  const chart = page.getByRole("img", { name: /^Score distribution/ });
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAccessibleName(/4 scored candidates/);
  await expect(page.getByTestId("distribution-pending")).toHaveText("1");
  await expect(page.getByTestId("distribution-failed")).toHaveText("2");
  // The counts are there for screen readers as a table.
  const table = page.getByRole("table", { name: "Candidates per score" });
  await expect(table.getByRole("row", { name: "7 2" })).toHaveCount(1);

  const slider = page.getByRole("slider", { name: "Score threshold" });
  await expect(slider).toHaveAttribute("aria-valuenow", "1");
  await expect(page.getByTestId("threshold-count")).toHaveText("4 candidates at or above 1");

  await slider.focus();
  await page.keyboard.press("End");
  await expect(page.getByTestId("threshold-count")).toHaveText("0 candidates at or above 10");
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowDown");
  await expect(slider).toHaveAttribute("aria-valuenow", "7");
  await expect(page.getByTestId("threshold-count")).toHaveText("3 candidates at or above 7");
  await expect(page).toHaveURL(/[?&]min=7(&|$)/);
  await expect(page.getByTestId("candidate-name")).toHaveText(["Grace Hopper", "Ada Lovelace", "Alan Turing"]);
  // Focus stays on the slider while the list follows.
  await expect(slider).toBeFocused();

  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(page.getByTestId("threshold-count")).toHaveText("1 candidate at or above 9");
  await expect(page).toHaveURL(/[?&]min=9(&|$)/);
  await expect(page.getByTestId("candidate-name")).toHaveText(["Grace Hopper"]);

  // The threshold survives a reload: it lives in the URL.
  await page.reload();
  await expect(page.getByRole("slider", { name: "Score threshold" })).toHaveAttribute("aria-valuenow", "9");
});

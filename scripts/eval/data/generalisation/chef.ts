import type { EvalPosting } from "../types";

const AVAIL_Q = "Are you available to work evenings, weekends and holidays?";

export const chef: EvalPosting = {
  id: "chef",
  split: "dev",
  field: "hospitality/culinary",
  style: "informal prose with a run-on bonus paragraph",
  jobTitle: "Sous Chef",
  companyName: "Juniper & Salt",
  jobDescription: `Juniper & Salt is a 120-cover seasonal restaurant in Portland, Maine, and we need a sous chef to run the line with our chef de cuisine.

You'll need at least 3 years cooking in a high-volume, scratch kitchen, including time leading a line as a sous chef or kitchen lead. A current ServSafe Manager certification is required, and you must be available evenings, weekends and holidays.

Bonus if you have butchery or whole-animal experience, pastry skills, you've costed menus and managed food cost, or you've worked in a farm-to-table kitchen.`,
  resumes: [
    {
      id: "ch-01-strong",
      label: "strong",
      grade: 9,
      missingMustHave: false,
      note: "Sous chef 4 years at a 150-cover scratch kitchen, ServSafe Manager, butchery, food cost.",
      answers: [{ question: AVAIL_Q, answer: "Yes" }],
      resumeText: `Andre Laurent
Experience
Sous Chef — Hearth & Harbor, Portland ME | May 2022 – Present
- Run a 150-cover scratch kitchen line with 8 cooks; whole-animal butchery program
- Cost weekly specials and held food cost at 29%; farm-to-table sourcing from 12 farms
Line Cook / Kitchen Lead — Eventide Oyster Co. | 2019 – 2022
Certifications: ServSafe Food Protection Manager (2025)`,
    },
    {
      id: "ch-02-synonyms",
      label: "synonyms-only",
      grade: 8,
      missingMustHave: false,
      note: "'Second in command', 'chef de partie', 'food safety manager certificate', 'covers per night 200'.",
      answers: [{ question: AVAIL_Q, answer: "Yes, nights and weekends" }],
      resumeText: `Maria Santos
Kitchen
Second-in-Command (Junior Sous) — Fore Street, Portland — 2023 – Present
• Expedite and run the pass on 200-cover nights; everything made in-house
Chef de Partie, Grill — The Honey Paw — 2020 – 2023
Food safety manager certificate (ServSafe), valid through 2028`,
    },
    {
      id: "ch-03-stuffed",
      label: "keyword-stuffed",
      grade: 2,
      missingMustHave: true,
      note: "Home cook with a list of chef keywords; fast-food job only.",
      answers: [{ question: AVAIL_Q, answer: "Yes" }],
      resumeText: `Jake Miller
Skills: sous chef, high-volume, scratch kitchen, ServSafe Manager, butchery, pastry, menu costing, food cost, farm-to-table, line leadership

Experience
Crew Member — McDonald's | 2024 – Present
- Fry station and drive-through`,
    },
    {
      id: "ch-04-no-weekends",
      label: "missing-must-have",
      grade: 3,
      missingMustHave: true,
      note: "Experienced sous chef whose answer rules out evenings and weekends.",
      answers: [{ question: AVAIL_Q, answer: "No, I can only work weekday daytime shifts" }],
      resumeText: `Olivia Bennett
Experience
Sous Chef — Street & Co. | 2021 – Present
- Lead a 10-cook line; scratch kitchen; ServSafe Manager certified
Line Cook — Duckfat | 2018 – 2021`,
    },
    {
      id: "ch-05-baker",
      label: "adjacent-profession",
      grade: 4,
      missingMustHave: true,
      note: "Pastry/bakery lead with ServSafe; never ran a savory line.",
      answers: [{ question: AVAIL_Q, answer: "Yes" }],
      resumeText: `Emily Chen
Experience
Head Baker — Standard Baking Co. | 2019 – Present
- Laminated doughs, breads and pastry for three cafés; manage 4 bakers; early-morning shifts
Education: AOS Baking & Pastry Arts, Culinary Institute of America
Certifications: ServSafe Manager`,
    },
    {
      id: "ch-06-line-cook",
      label: "mixed",
      grade: 5,
      missingMustHave: false,
      note: "Strong line cook for 4 years, no leadership yet, ServSafe Food Handler only.",
      answers: [{ question: AVAIL_Q, answer: "Yes" }],
      resumeText: `Tom Reilly
Experience
Line Cook — Central Provisions, Portland | 2022 – Present
- Sauté and grill stations on 180-cover nights; from-scratch sauces and stocks
Prep Cook — Becky's Diner | 2020 – 2022
Certification: ServSafe Food Handler`,
    },
    {
      id: "ch-07-exec-chef",
      label: "overqualified",
      grade: 5,
      missingMustHave: false,
      note: "Corporate executive chef for a chain, office-based menu development for 6 years.",
      answers: [{ question: AVAIL_Q, answer: "Prefer weekdays" }],
      resumeText: `Frank DeLuca
Experience
Corporate Executive Chef — Bay State Restaurant Group (42 units) | 2020 – Present
- Menu development and vendor contracts from the test kitchen; no line shifts
Executive Chef — Legal Sea Foods | 2010 – 2020
ServSafe Manager`,
    },
  ],
};

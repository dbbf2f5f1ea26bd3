import type { EvalPosting } from "../types";

const CAM_Q = "Do you hold a current Certified Apartment Manager (CAM) credential?";
const UNITS_Q = "What is the largest apartment community you have managed (number of units), and for how long?";
const SALARY_Q = "The salary for this role is $64,000–$72,000 plus bonus. Does that fit your expectations?";

export const propertyManager: EvalPosting = {
  id: "property-manager",
  split: "dev",
  field: "real estate (residential multifamily property management, on-site community manager)",
  style:
    "A single long paragraph with no headings and no bullets: company story, duties, requirements mixed into narrative sentences ('You'll need … and ideally …; it's a must that you …'), pay and benefits folded in",
  jobTitle: "Property Manager – The Residences at Cedar Hollow",
  companyName: "Harborline Residential",
  jobDescription: `Property Manager – The Residences at Cedar Hollow (Raleigh, NC) – Harborline Residential is a privately held owner-operator with about 6,500 apartment homes across the Carolinas and Virginia, and we're looking for the person who will run The Residences at Cedar Hollow, our 288-unit garden-style community off Capital Boulevard that we bought last year and are partway through renovating, so you'll be stepping into a property with 96 units left to turn in the value-add program, a leasing consultant, an assistant manager, a maintenance supervisor and two techs who need a steady leader, and an owner who wants to see occupancy back above 95% and delinquency under 2% by the end of next year; day to day you'll own the property's performance, which means leasing strategy and pricing with our revenue management team, renewals, collections and the eviction process when it comes to that, resident relations, vendor contracts and bids, the monthly variance report and the annual operating budget (about $3.1 million in revenue), and walking the grounds and the make-readies often enough that nothing surprises you; you'll need at least three years as a property manager or assistant property manager of a conventional multifamily community of 150 units or more, and ideally some of that time spent through a renovation or a lease-up, and it's a must that you hold a current Certified Apartment Manager (CAM) credential from the National Apartment Association (we'll pay for your CEUs and for the CAPS or CPM later if you want to keep growing); you should be comfortable in Yardi Voyager, since that's our system for everything from leasing to AP, though strong RealPage or Entrata users pick it up fast, and you'll need to know Fair Housing law inside out because we take it seriously and you'll be training your team on it; a valid driver's license and a reliable vehicle are required because you'll be at our Durham sister property some weeks and at regional meetings in Charlotte once a quarter; the role pays $64,000 to $72,000 a year plus a quarterly bonus tied to occupancy, collections and renewals, with a 30% rent discount if you'd like to live on site, medical, dental and vision, a 401(k) with a 4% match, 15 days of PTO in your first year and your birthday off, and if this sounds like the kind of property you'd like to turn around, send us your resume and a short note about a community you're proud of having run and what the numbers looked like when you left it.`,
  resumes: [
    {
      id: "pm-01-strong",
      label: "strong",
      grade: 10,
      missingMustHave: false,
      note: "Seven years running conventional communities of 264 and 312 units, one through a full value-add renovation, occupancy and NOI figures, delinquency cut, budgets, Fair Housing trainer, CAM plus CAPS, Yardi Voyager. Written as apartment people write ('community manager', 'physical/economic occupancy', 'turns', 'trade-outs'), not the posting's words.",
      answers: [
        { question: CAM_Q, answer: "Yes, since 2019 (CEUs current)" },
        { question: UNITS_Q, answer: "312 units, 4 years" },
        { question: SALARY_Q, answer: "Yes" },
      ],
      resumeText: `LATOYA SIMMONS, CAM, CAPS
Raleigh, NC

Community Manager — Bell Partners, The Parke at Crabtree (312 units, Class B value-add), Raleigh — Jan 2023 – Present
• Led a 180-unit interior renovation: $185 avg premium, 98% of budget; kept physical occupancy at 94–96% throughout
• Delinquency from 4.8% to 1.3% in 14 months; evictions filed and tracked per NC process
• Own $4.2M revenue budget and monthly variance commentary; NOI +9% YoY in 2025
• Run 8-person team; quarterly Fair Housing refreshers for site staff
• Yardi Voyager, RENTCafé, YieldStar pricing calls with revenue management

Community Manager — Greystar, Alta Brier Creek (264 units, lease-up), Raleigh — 2020 – 2022
• Took a new build from 38% to 95% leased in 11 months; renewal trade-outs +4.6%

Assistant Community Manager — Greystar, Durham — 2018 – 2020

NAA Certified Apartment Manager (2019), Certified Apartment Portfolio Supervisor (2024)
B.A. Communications, NC State University`,
    },
    {
      id: "pm-02-strong",
      label: "strong",
      grade: 9,
      missingMustHave: false,
      note: "Prose summary resume: five years managing a 220-unit garden community in Durham, occupancy 96%, collections, budget, renovation of 60 units; CAM; Yardi Voyager; Fair Housing. Smaller renovation than the first, every requirement met.",
      answers: [
        { question: CAM_Q, answer: "Yes" },
        { question: UNITS_Q, answer: "220, five years" },
      ],
      resumeText: `Kevin Marsh

I manage Ashford Park, a 220-unit garden-style apartment community in Durham, and have done since 2021. In that time we've held occupancy between 95 and 97 percent, brought bad debt down to under 1% of gross potential rent, and renovated 60 kitchens and baths without losing a month of income. I write and defend the annual operating budget with our asset manager, handle every eviction through magistrate court myself, and run my office and service team of six on Yardi Voyager. I teach Fair Housing to every new hire. I earned my CAM from the Triangle Apartment Association in 2020 and keep it current.

Property Manager, Ashford Park Apartments (Drucker + Falk), Durham NC — 2021 – Present
Assistant Property Manager, Drucker + Falk, Cary NC — 2019 – 2021
Leasing Consultant, Drucker + Falk — 2017 – 2019`,
    },
    {
      id: "pm-03-synonyms",
      label: "synonyms-only",
      grade: 8,
      missingMustHave: false,
      note: "Never says property manager, CAM, Yardi Voyager, units or Fair Housing by name: 'Business Manager / Site Lead', 'NAAEI Certified Apt. Mgr. designation', 'Voyager 7S', '248 doors', 'FHA/HUD compliance'. Four years at the head of a 248-door site; a recruiter reads every requirement as met.",
      answers: [
        { question: UNITS_Q, answer: "248 doors, 4 yrs" },
        { question: SALARY_Q, answer: "Yes" },
      ],
      resumeText: `Monique Harper
Wake Forest, NC

Business Manager (site lead) — Hawthorne Residential, Bexley at Wake Forest — 248 doors — 2022 – Present
- Run the site P&L, rent roll and AR; occupancy 95%+ for 10 straight quarters; budget season lead
- Pricing with the RM desk; renewal program; collections through summary ejectment
- Supervise leasing + service teams (7); make-ready schedule and vendor bids
- FHA/HUD compliance; reasonable accommodation requests
Systems: Voyager 7S, RentCafe, Knock CRM

Assistant Business Manager — Hawthorne Residential — 2020 – 2022

Certified Apt. Mgr. designation (NAAEI), 2021`,
    },
    {
      id: "pm-04-synonyms",
      label: "synonyms-only",
      grade: 7,
      missingMustHave: false,
      note: "'Community Director' of 180 'homes', RealPage OneSite (the posting accepts it), 'NAA's apartment-manager credential' spelled out only once, 'fair housing'. Three years eight months as head of site plus prior APM time; all met, no renovation or Yardi, so 7.",
      answers: [{ question: CAM_Q, answer: "Yes (NAA)" }],
      resumeText: `Renee Albright — Community Director
Fayetteville → Raleigh, NC

Community Director, The Lofts at Haymount (180 homes) — Mar 2023 – Present
  Lead a team of 5; 96% occupied; annual budget, monthly ops reports to ownership; resident events and retention; notices and court filings; RealPage OneSite and LRO.
Assistant Community Director, Bragg Crossing (204 homes) — 2020 – 2023

Credential: NAA apartment-manager certification (2022) · fair housing training annually · NC driver's license`,
    },
    {
      id: "pm-05-keyword-stuffed",
      label: "keyword-stuffed",
      grade: 2,
      missingMustHave: true,
      note: "Leasing consultant with one year's experience whose skills block lists CAM, Yardi Voyager, budgets, NOI, evictions, renovation and 'property manager'; answer admits no CAM and the only community was 120 units as a leasing agent.",
      answers: [
        { question: CAM_Q, answer: "No" },
        { question: UNITS_Q, answer: "120 units (leasing)" },
      ],
      resumeText: `Ashley Burke
Raleigh NC

Skills: Property Manager, Property Management, CAM, Certified Apartment Manager, Yardi Voyager, RealPage, Entrata, Fair Housing, budgets, NOI, occupancy, delinquency, collections, evictions, renovation, value-add, lease-up, vendor management, resident relations, leasing, revenue management

Leasing Consultant, Oak Creek Apartments (120 units) — Sep 2025 – Present: tours, applications, move-ins
Server, Olive Garden — 2021 – 2025`,
    },
    {
      id: "pm-06-missing",
      label: "missing-must-have",
      grade: 4,
      missingMustHave: true,
      note: "Six years managing a 204-unit community with good numbers and Yardi, but no CAM and says so (resume and answer). The posting makes the credential a must; clearly not met.",
      answers: [
        { question: CAM_Q, answer: "No. I've never needed it — six years of results instead." },
        { question: UNITS_Q, answer: "204, six years" },
        { question: SALARY_Q, answer: "Yes" },
      ],
      resumeText: `Frank DiMarco
Cary, NC

Property Manager, Weston Lakeside Apartments (204 units), Cary — 2020 – Present
- 96% average occupancy, delinquency under 2%, budget and variance reports, Yardi Voyager
- Managed roof replacement and parking lot re-seal projects
Assistant Manager, Weston Lakeside — 2018 – 2020

No industry designations (not CAM certified). NC driver's license.`,
    },
    {
      id: "pm-07-adjacent",
      label: "adjacent-profession",
      grade: 3,
      missingMustHave: true,
      note: "Community association (HOA/condo) manager holding a Florida 'CAM' licence — Community Association Manager, not the NAA's Certified Apartment Manager — plus CMCA. Manages boards, reserves and covenant enforcement; no leasing, rent collection or apartment operations. Adjacent trade, and the credential is a different one.",
      answers: [
        { question: CAM_Q, answer: "Yes — Florida CAM license #CAM51234" },
        { question: UNITS_Q, answer: "Portfolio of 6 associations, 1,100 homes" },
      ],
      resumeText: `Gloria Estevez, LCAM, CMCA
Moving from Tampa, FL to Raleigh, NC

Portfolio Community Association Manager — FirstService Residential, Tampa — 2019 – Present
  Manage six condominium and HOA associations (1,100 homes): board meetings and minutes, reserve studies, annual assessments budgets, covenant enforcement and violation letters, vendor contracts, architectural review.
Assistant Association Manager — Sentry Management — 2016 – 2019

Florida Licensed Community Association Manager (LCAM / "CAM" license) · CMCA (CAI)`,
    },
    {
      id: "pm-08-mixed",
      label: "mixed",
      grade: 5,
      missingMustHave: false,
      note: "CAM current and about three and a half years in management, but only two of them (as assistant manager) at a community over 150 units; the manager years are at 120 units. RealPage, no renovation. The experience requirement is met in spirit rather than to the letter; a recruiter sees a mixed fit.",
      answers: [
        { question: CAM_Q, answer: "Yes, 2023" },
        { question: UNITS_Q, answer: "120 as manager (1.5 yrs); 300 as assistant (2 yrs)" },
        { question: SALARY_Q, answer: "Yes" },
      ],
      resumeText: `Tasha Greene
Durham, NC

Property Manager, Maplewood Commons (120 units), Durham — May 2025 – Present
  Leasing, renewals, collections, small vendor contracts; 93% occupied; RealPage OneSite.
Assistant Property Manager, Southpoint Glen (300 units), Durham — Mar 2023 – Apr 2025
  Rent collection, delinquency calls, move-in/move-out files, filled in for manager on leave.
Leasing Professional, Southpoint Glen — 2021 – 2023

CAM (NAA), 2023`,
    },
    {
      id: "pm-09-overqualified",
      label: "overqualified",
      grade: 5,
      missingMustHave: false,
      note: "Regional manager over nine communities (2,600 units) with CPM and CAM, Yardi; wants an on-site role for family reasons but asks $95k against $64–72k. Fully able; a recruiter would call, with real doubts about pay and staying power.",
      answers: [
        { question: CAM_Q, answer: "Yes, plus CPM" },
        { question: UNITS_Q, answer: "Regional: 9 communities, 2,600 units; on site: 340 units" },
        { question: SALARY_Q, answer: "No — I'm at $108k now; $95k minimum" },
      ],
      resumeText: `Patricia Moreland, CPM, CAM
Raleigh, NC

Regional Property Manager — Grubb Properties, Raleigh/Durham — 2018 – Present
  Oversee 9 communities (2,600 units) and 9 on-site managers; budgets totaling $38M revenue; acquisitions and dispositions due diligence; Yardi Voyager super-user.
Property Manager — Grubb Properties, The Bridges (340 units) — 2012 – 2018
Assistant Manager / Leasing — 2008 – 2012

CPM (IREM) 2017 · CAM (NAA) 2011, current
Seeking an on-site role closer to home.`,
    },
    {
      id: "pm-10-threshold",
      label: "threshold-miss",
      grade: 5,
      missingMustHave: false,
      note: "CAM, Yardi Voyager, a 176-unit conventional community — but two years eight months in management against 'at least three years'. Just under the number with everything else right; not a clear miss.",
      answers: [
        { question: CAM_Q, answer: "Yes" },
        { question: UNITS_Q, answer: "176 units, since March 2024" },
        { question: SALARY_Q, answer: "Yes" },
      ],
      resumeText: `Derek Owens
Raleigh, NC

Property Manager, Crestview Pointe (176 units) — Mar 2024 – Present
• Occupancy 91% → 95%; delinquency 3.9% → 2.2%; budget and monthly variance report; Yardi Voyager
• Supervise 4 (leasing + maintenance); fair housing and reasonable accommodations
Leasing Consultant, Crestview Pointe — Jan 2022 – Feb 2024

CAM (NAA) 2024`,
    },
    {
      id: "pm-11-sparse",
      label: "sparse",
      grade: 7,
      missingMustHave: false,
      note: "Four lines: property manager of a 212-unit community since 2019, CAM, Yardi. The bare facts meet every must-have; no numbers, no team or budget detail, so a recruiter would want a phone screen before rating higher.",
      answers: [],
      resumeText: `Linda Cho
Raleigh, NC · lindacho@example.com

Property Manager — Maple Ridge Apartments (212 units), Garner NC — 2019 – present
Assistant Manager — Maple Ridge Apartments — 2017 – 2019
CAM · Yardi Voyager · valid NC driver's license`,
    },
  ],
};

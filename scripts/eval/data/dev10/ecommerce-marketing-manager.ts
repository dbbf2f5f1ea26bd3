import type { EvalPosting } from "../types";

const BUDGET_Q = "What is the largest monthly paid media budget you have personally owned, and on which channels?";
const ROAS_Q = "Give one result you drove: ROAS (or MER) before and after, what you changed, and over what time frame.";
const AUTH_Q = "Are you legally authorized to work in the United States without visa sponsorship, now or in the future?";

export const ecommerceMarketingManager: EvalPosting = {
  id: "ecommerce-marketing-manager",
  split: "dev",
  field: "marketing (e-commerce / DTC performance marketing manager, Shopify brand)",
  style:
    "A recruiter's InMail pasted as the posting: subject line, 'Hi there, I'm … I'm hiring for …', the role and the requirements in conversational paragraphs ('What the hiring manager has told me she can't bend on: …', 'Things that would make you stand out: …'), pay and hybrid terms in a sentence, a sign-off and a P.S. asking for ROAS figures; no headings or bullets",
  jobTitle: "E-commerce Marketing Manager",
  companyName: "Harlow & Pine",
  jobDescription: `Subject: E-commerce Marketing Manager — DTC home textiles brand (Austin, hybrid)

Hi there,

I'm Dana Whitcombe, talent partner at Harlow & Pine. We make bedding and bath textiles and sell almost entirely direct-to-consumer through our Shopify Plus store (about $38M in online revenue last year, up 31%). I'm hiring for our first E-commerce Marketing Manager and your profile came up, so I wanted to reach out directly rather than just post the role.

The short version: you'd own our paid search and paid social programs end to end — Google, Meta, TikTok and Pinterest — and the roughly $1.6M a year that goes with them, reporting to our VP of Growth. A performance designer and our Google agency would work with you, and there's headcount for a coordinator next year.

What the hiring manager has told me she can't bend on: at least five years in e-commerce or DTC performance marketing, and that you have personally owned a paid media budget of at least $100k a month. Owned means you set it, moved it between channels and answered for the results, not that you influenced it; she's firm on that number. You'll need to have marketed a brand that runs on Shopify (Plus is a bonus), and you need to be fluent in ROAS, CAC and contribution margin, because she will ask you to walk through real numbers in the first conversation. We can't sponsor visas for this role, so you must be authorized to work in the US now and going forward.

Things that would make you stand out: Klaviyo and lifecycle email, GA4 plus a third-party attribution tool, incrementality testing, and experience managing an agency or a direct report.

It's full-time and hybrid (Tuesdays and Wednesdays at our East Austin office), $130k–$150k base plus a 15% bonus and full benefits.

Would you be open to a 20-minute call this week?

Best,
Dana

P.S. If you reply with one campaign you're proud of (ROAS or MER before and after, and what you changed), I'll take you straight to the hiring manager.`,
  resumes: [
    {
      id: "ecm-01-strong",
      label: "strong",
      grade: 10,
      missingMustHave: false,
      note: "Eight years in DTC growth, now Head of Growth at a Shopify Plus supplement brand owning about $280k a month across Search/Shopping/PMax, ASC+, TikTok Spark and AppLovin; MER 2.6 → 3.4, nCAC −22%, CM2 positive, geo-holdout tests, Northbeam, Klaviyo, an agency and two reports. Every must and every extra, in growth-team shorthand (MER, nCAC, CM2, PMax, ASC+).",
      answers: [
        { question: BUDGET_Q, answer: "~$280k/mo — Google, Meta, TikTok, AppLovin" },
        {
          question: ROAS_Q,
          answer:
            "Blended MER 2.6 → 3.4 over 9 months: consolidated Meta into ASC+ with a creative testing cadence, cut brand search bidding, moved 20% to TikTok after a geo-holdout proved lift.",
        },
        { question: AUTH_Q, answer: "Yes" },
      ],
      resumeText: `JASMINE ORTEGA
Austin, TX · linkedin.com/in/jasmineortega

HEAD OF GROWTH — Verdant Labs (DTC supplements, Shopify Plus) · 03/2022 – Present
- Own ~$3.4M/yr paid media (~$280k/mo): Google Search, Shopping and PMax; Meta ASC+ and manual prospecting; TikTok Spark Ads; AppLovin
- Blended MER 2.6 → 3.4 in 9 months; nCAC down 22%; CM2 positive on first order since Q3 2024
- Geo-holdout incrementality tests (Meta, TikTok, branded search) and a Northbeam MMM-lite for weekly allocation
- Klaviyo flows and campaigns (28% of revenue); Recharge subscriptions; Shopify Flow and checkout extensibility upsells
- Manage a Google agency, one media buyer and one lifecycle marketer

SENIOR PERFORMANCE MARKETING MANAGER — Lumaloom (DTC home decor, Shopify) · 06/2019 – 02/2022
- Meta and Pinterest prospecting, $90k–$150k/mo; first-order ROAS 1.9 → 2.5

PAID SEARCH SPECIALIST — Kinetic Digital (agency, retail clients) · 2018 – 2019

B.B.A. Marketing, Texas State University`,
    },
    {
      id: "ecm-02-strong",
      label: "strong",
      grade: 9,
      missingMustHave: false,
      note: "Eight years on an outdoor gear brand's online store (owning paid since 2022): led the Magento to Shopify Plus move, owns $140k a month on Google Shopping/Search, Meta and Pinterest, blended ROAS 3.1 → 4.0, feed management, Klaviyo, GA4. No direct report and no incrementality testing, so a notch under the first.",
      answers: [
        { question: BUDGET_Q, answer: "$140k per month, Google + Meta + Pinterest" },
        {
          question: ROAS_Q,
          answer: "Blended ROAS 3.1 to 4.0 in 2025 after rebuilding the Shopping feed and splitting PMax by margin tier.",
        },
        { question: AUTH_Q, answer: "Yes, U.S. citizen" },
      ],
      resumeText: `Marcus Feld — E-commerce Marketing Lead
Denver, CO (open to Austin)

Summitline Outfitters · E-commerce Marketing Lead · 2020–present
Led the 2021 re-platform from Magento 2 to Shopify Plus (on time; conversion rate +18% in the first quarter). Since 2022 I've owned the paid program, now $140k a month across Google Shopping, Search and PMax, Meta and Pinterest, with weekly reallocation off margin by category. Blended ROAS went from 3.1 to 4.0 through 2025 after a full feed rebuild in Feedonomics and PMax split by margin tier. Email and SMS in Klaviyo and Postscript; GA4 and Looker Studio reporting to the CEO every Monday.

Summitline Outfitters · Digital Marketing Coordinator · 2018–2020

B.S. Business Administration, Colorado State University`,
    },
    {
      id: "ecm-03-synonyms",
      label: "synonyms-only",
      grade: 8,
      missingMustHave: false,
      note: "Meets every must without the InMail's words: 'digitally native brand', 'online store' with Shop Pay, Liquid theme and Recharge (Shopify without the name), 'SEM' and 'Meta/TikTok ads', '$120k/mo media spend I set and reallocate', 'revenue per ad dollar / MER', 'cost per new customer', 'profit after marketing'. Six years in-house plus an agency year.",
      answers: [
        { question: BUDGET_Q, answer: "$120k/mo, SEM + Meta + TikTok" },
        { question: AUTH_Q, answer: "Yes" },
      ],
      resumeText: `Elena Vasquez
Austin, Texas

Growth Marketing Manager · Brightwell Coffee Co. (digitally native brand, subscriptions) · Jan 2022 to now
  • Set and reallocate ~$120k/mo media spend across SEM, Meta and TikTok ads; weekly spend calls with the CFO
  • MER 2.9x → 3.5x over FY2025; cost per new customer $48 → $37; profit after marketing reported per cohort
  • Online store: Shop Pay checkout, Liquid theme changes with our dev, Recharge subscription offers, post-purchase upsells
  • Lifecycle email and SMS flows; one intern

Online Marketing Specialist · Brightwell Coffee Co. · Jun 2020 to Dec 2021
Marketing Associate · Tailwind Agency · 2019 to 2020

B.A. Communication, UT Austin`,
    },
    {
      id: "ecm-04-synonyms",
      label: "synonyms-only",
      grade: 7,
      missingMustHave: false,
      note: "'Digital Acquisition Manager' for a specialty retailer's web shop on a headless Hydrogen storefront (Shopify in other words), 'SEM & social ads', '$1.3M annual media spend' (about $108k a month), 'return on media 3.3x', 'customer acquisition cost'. Five and a half years in the role, seven in all; meets the lines in other words, more omnichannel retail than DTC and no extras, so 7.",
      answers: [
        { question: BUDGET_Q, answer: "$1.3M/yr (~$108k/mo), SEM + social" },
        { question: ROAS_Q, answer: "3.3x return on media in 2025, up from 2.7x, by cutting broad match and rebuilding audiences" },
        { question: AUTH_Q, answer: "Yes" },
      ],
      resumeText: `Tomás Reyes
San Antonio, TX

Digital Acquisition Manager — Casa Alta Home (12 stores + web shop)
May 2021 – present
  Web shop on a headless Hydrogen storefront; I run acquisition for it: SEM and social ads, $1.3M annual media spend that I plan and move month to month.
  Return on media 2.7x → 3.3x (2025); customer acquisition cost down 15%; weekly P&L view with finance.
  Managed the switch of our search agency in 2024.

Online Marketing Analyst — Casa Alta Home — 2019 – 2021 (first 6 months part-time)

Google Ads certified · GA4`,
    },
    {
      id: "ecm-05-keyword-stuffed",
      label: "keyword-stuffed",
      grade: 2,
      missingMustHave: true,
      note: "Skills block repeats every requirement (e-commerce, paid search, paid social, Shopify Plus, $100k+ budgets, ROAS, CAC, contribution margin, Klaviyo, GA4, incrementality), but the work is two years of organic social for a boutique with $1.5k a month of boosted posts and an Etsy side shop; the budget answer is $2,000.",
      answers: [
        { question: BUDGET_Q, answer: "$2,000/mo boosted posts" },
        { question: ROAS_Q, answer: "Our boosted posts got great engagement" },
        { question: AUTH_Q, answer: "Yes" },
      ],
      resumeText: `Madison Greer
Austin TX

SKILLS
E-commerce marketing · DTC · paid search · paid social · Google Ads · Meta Ads · TikTok Ads · Pinterest · Shopify · Shopify Plus · $100k+/month budget ownership · ROAS · MER · CAC · contribution margin · Klaviyo · GA4 · attribution · incrementality testing · agency management · people management

EXPERIENCE
Social Media Coordinator, Olive & June Boutique — 2024 – present
  Instagram and TikTok organic posts, influencer gifting, boosted posts (~$1.5k/mo)
Owner, Madison Makes (Etsy shop, candles) — 2023 – present
Barista, Starbucks — 2021 – 2024

B.A. English, Texas State University, 2024`,
    },
    {
      id: "ecm-06-missing",
      label: "missing-must-have",
      grade: 3,
      missingMustHave: true,
      note: "A strong performance marketer (six years, $160k a month owned on a Shopify Plus apparel brand, ROAS figures) on STEM OPT who answers that he will need H-1B sponsorship; the InMail says sponsorship is not possible.",
      answers: [
        { question: BUDGET_Q, answer: "$160k/month, Meta + Google + TikTok" },
        { question: ROAS_Q, answer: "Meta first-order ROAS 1.7 → 2.4 in 6 months with a UGC creative sprint" },
        { question: AUTH_Q, answer: "No — I'm on STEM OPT until 08/2027 and will require H-1B sponsorship" },
      ],
      resumeText: `Lukas Brenner
Austin, TX · German citizen (F-1 STEM OPT through 08/2027)

Performance Marketing Manager | Fernweh Apparel (DTC, Shopify Plus) | Sep 2022 – Present
• Own $160k/mo across Meta, Google (Search, Shopping, PMax) and TikTok
• Meta first-order ROAS 1.7 → 2.4 in six months via a UGC creative sprint; blended CAC −19%
• Contribution margin dashboard in Looker Studio; Klaviyo post-purchase flows

Performance Marketing Associate | Zalando, Berlin | 2020 – 2022
M.S. Marketing Analytics, University of Texas at Austin, 2022`,
    },
    {
      id: "ecm-07-adjacent",
      label: "adjacent-profession",
      grade: 3,
      missingMustHave: true,
      note: "B2B SaaS demand-generation manager: the same ad platforms and a $120k monthly budget, CAC and pipeline, HubSpot, but never e-commerce, DTC or Shopify, and results measured in MQLs and pipeline, not ROAS.",
      answers: [
        { question: BUDGET_Q, answer: "$120k/mo: Google, LinkedIn, Meta, Capterra" },
        { question: ROAS_Q, answer: "Pipeline per dollar 4.1x → 5.6x; cost per SQL -30%" },
        { question: AUTH_Q, answer: "Yes" },
      ],
      resumeText: `RACHEL KIM
Austin, TX

Senior Demand Generation Manager — Quillstack (B2B SaaS, Series C)
Jan 2021 to now
- Own paid acquisition: Google Search, LinkedIn Ads, Meta retargeting, G2/Capterra; $120k/month
- MQL → SQL conversion up 40%; pipeline sourced $14M in FY2025; CAC payback 14 months
- HubSpot workflows, Salesforce attribution, 6sense intent audiences; ABM with sales

Demand Generation Specialist — Corvant Software, 2018 to 2020

B.A. Economics, Rice University`,
    },
    {
      id: "ecm-08-overqualified",
      label: "overqualified",
      grade: 4,
      missingMustHave: false,
      note: "Sixteen-year CMO / VP of Growth who ran $4M a month through teams and agencies and hasn't touched an ad account in years; now wants fractional work, 15–20 hours a week remote. Far more senior than the role and asking for different terms than a full-time hybrid manager.",
      answers: [
        { question: BUDGET_Q, answer: "$4M/month (org-wide)" },
        { question: AUTH_Q, answer: "Yes" },
      ],
      resumeText: `Victoria Ashworth
Fractional CMO · Austin, TX

I help DTC brands between $20M and $200M build growth teams and media plans. After 16 years in e-commerce — most recently Chief Marketing Officer at Juniper & Lane (Shopify Plus, $180M revenue, $4M/month media through a team of 25 and three agencies) — I now work with two or three brands at a time, 15–20 hours a week each, fully remote.

Chief Marketing Officer, Juniper & Lane — 2019–2025
VP Growth, Juniper & Lane — 2016–2019
Director of E-commerce, Bellhaven Home — 2012–2016
Earlier: agency search roles, 2009–2012

MBA, McCombs School of Business`,
    },
    {
      id: "ecm-09-threshold",
      label: "threshold-miss",
      grade: 4,
      missingMustHave: true,
      note: "Nearly seven years of DTC performance marketing on Shopify with good ROAS figures, Klaviyo and GA4, but the largest budget personally owned is $90k a month, below the $100k the hiring manager is 'firm on'; larger budgets were only shared.",
      answers: [
        { question: BUDGET_Q, answer: "$90k/mo owned (Google + Meta); the $250k total was split with the paid social lead" },
        { question: ROAS_Q, answer: "Search ROAS 4.2 → 5.1 over 2025 after restructuring by SKU margin" },
        { question: AUTH_Q, answer: "Yes" },
      ],
      resumeText: `Derek Tanaka
Round Rock, TX

Performance Marketing Manager, Coastal Kitchen Co. (DTC cookware, Shopify) — Jan 2020 to now
  - Own the Google Ads and Meta retargeting budget, up to $90k/month; paid social prospecting ($160k/month) sits with our paid social lead
  - Search ROAS 4.2 → 5.1 in 2025 after restructuring by SKU margin; new-customer CAC reporting
  - Shopify Plus, Klaviyo, GA4, Triple Whale

Digital Marketing Specialist, Coastal Kitchen Co. — Jun 2019 to Dec 2019
Marketing Coordinator, Lone Star Credit Union — 2017 to 2019`,
    },
    {
      id: "ecm-10-unusual-order",
      label: "unusual-order",
      grade: 8,
      missingMustHave: false,
      note: "Results first, then tools and education, then jobs oldest-first: nine years in DTC, now owning $150k a month on a Shopify Plus beauty brand, ROAS and contribution-margin figures, Klaviyo, agency management. Meets every must; the order hides the current role at the bottom.",
      answers: [
        { question: BUDGET_Q, answer: "$150k/month (Meta, Google, TikTok)" },
        {
          question: ROAS_Q,
          answer: "Blended ROAS 2.2 → 3.0 in 2024 (moved 30% from Meta retargeting to prospecting + TikTok)",
        },
        { question: AUTH_Q, answer: "Yes" },
      ],
      resumeText: `SOFIA MARCHETTI

SELECTED RESULTS
- Blended ROAS 2.2 → 3.0 in 2024 on a $1.8M annual paid budget I own
- Contribution margin per order +$6.40 after moving spend off discount-led retargeting
- Cut agency fees 35% by bringing Meta in-house

TOOLS
Shopify Plus · Google Ads · Meta Ads Manager · TikTok Ads · Klaviyo · GA4 · Triple Whale

EDUCATION
B.S. Marketing, Baylor University, 2017

EXPERIENCE (oldest first)
2017 – 2019 · Paid Social Coordinator · Rowan & Fig (DTC jewelry)
2019 – 2022 · Paid Media Manager · Rowan & Fig — $60k/month, Meta and Pinterest
2022 – present · E-commerce Marketing Manager · Glow Theory (DTC skincare, Shopify Plus), Austin — own $150k/month across Meta, Google and TikTok; manage our Google agency`,
    },
    {
      id: "ecm-11-mixed",
      label: "mixed",
      grade: 6,
      missingMustHave: false,
      note: "Five years, paid social owner at a Shopify brand with $110k a month on Meta and TikTok and good ROAS figures, but paid search is run by an agency she 'coordinates with', so the 'own paid search and paid social end to end' part is half there; no management.",
      answers: [
        { question: BUDGET_Q, answer: "$110k/mo Meta + TikTok (search is with our agency)" },
        { question: ROAS_Q, answer: "Meta ROAS 1.8 → 2.6 after moving to broad targeting + creative testing, Q1–Q3 2025" },
      ],
      resumeText: `Nia Patterson
Austin, TX

Paid Social Manager — Fable & Fern (DTC kids' apparel, Shopify) — 2023 – Present
• Own Meta and TikTok: ~$110k/mo, creative testing roadmap, weekly budget pacing
• Meta ROAS 1.8 → 2.6 (Q1–Q3 2025); TikTok launched 2024, 12% of spend
• Coordinate with our search agency on promo calendars; review their monthly report

Social Media Ads Specialist — Fable & Fern — 2021 – 2023
Marketing Assistant — Hill Country Outfitters — 2020 – 2021`,
    },
  ],
};

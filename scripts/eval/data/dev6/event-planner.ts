import type { EvalPosting } from "../types";

const LARGEST_Q = "What is the largest event you have owned end to end (attendees and total budget)?";
const TRAVEL_Q = "This role travels up to 30%, including some weekends. Is that OK for you?";

export const eventPlanner: EvalPosting = {
  id: "corporate-event-planner",
  split: "dev",
  field: "corporate events / meetings and incentives",
  style:
    "startup-style posting with bold markdown '**Must-haves**' as a numbered list and 'Bonus points' as one run-on paragraph of extras joined by commas and 'and', plus perks noise",
  jobTitle: "Senior Corporate Event Planner",
  companyName: "Northwind Analytics",
  jobDescription: `# Senior Corporate Event Planner 🎉
**Northwind Analytics** · Austin, TX or Remote (US) · Full-time · $95K–$125K + bonus

Northwind builds the analytics platform 4,000+ revenue teams use to forecast. We've grown from 150 to 900 people in three years, and our events have grown with us: a 2,000-person customer conference (Northwind Summit), a global sales kickoff, President's Club, regional roadshows and a lot of exec dinners. We need a senior planner to own the big ones.

**What you'll own**
- Northwind Summit (Sept, ~2,000 attendees) and our Sales Kickoff (Jan, ~900 attendees) from venue sourcing to post-event survey
- President's Club incentive trip (~180 guests, international)
- Venue sourcing and contracting: room blocks, attrition and cancellation clauses, F&B minimums, AV
- Registration, housing and attendee communications
- Budgets, vendor management and reconciliation with Finance
- Run-of-show and onsite management, including the 6 a.m. load-in and the 11 p.m. strike

**Must-haves**
1. 5+ years planning corporate events end to end (conferences, sales kickoffs, incentive trips — in-house or agency)
2. You've managed event budgets of $250K or more and negotiated hotel and venue contracts yourself
3. You've produced at least one event with 500+ attendees
4. Hands-on with an event registration platform (Cvent, Bizzabo, Swoogo or similar)
5. Able to travel up to 30%, including some weekends, with a valid passport

**Bonus points**
Bonus points if you hold a CMP or CMM, have run hybrid or virtual events on ON24 or Hopin, speak Spanish or Portuguese, know your way around Salesforce and Marketo for event attribution, have negotiated with DMCs in Mexico and Europe and have planned an incentive trip for more than 200 qualifiers.

**Perks**
🏥 Medical, dental, vision (100% premium covered for you) · 💰 401(k) with 4% match · 🌴 Flexible PTO (we mean it — average is 24 days) · 🏋️ $100/month wellness stipend · 💻 Home-office setup budget · 🍼 16 weeks paid parental leave · ✈️ You'll earn a lot of airline status

Northwind is proud to be an equal opportunity employer. We celebrate diversity and are committed to creating an inclusive environment for all employees. If you need an accommodation during the hiring process, email talent@northwind.example.`,
  resumes: [
    {
      id: "ev-01-strong",
      label: "strong",
      grade: 10,
      missingMustHave: false,
      note: "Nine years in-house at SaaS companies: 3,100-pax user conference on a $4.2M P&L, SKO for 1,400, President's Club in Los Cabos for 260 with a DMC, Cvent, CMP; writes in meetings-industry shorthand (pax, BEOs, pickup, attrition) rather than the ad's list.",
      answers: [
        { question: LARGEST_Q, answer: "User conference, 3,100 in-person + 6,000 virtual, $4.2M" },
        { question: TRAVEL_Q, answer: "Yes, passport current" },
      ],
      resumeText: `JESSICA PARK, CMP
Austin, TX · linkedin.com/in/jessparkevents

Head of Corporate Events — Sprocket CRM (Series D, 1,200 employees) | Mar 2021 – Present
• Own "Sprocket Connect" user conference: 3,100 pax in person at the Moscone West + 6,000 virtual on ON24; $4.2M P&L delivered 4% under budget, sponsorship revenue +38%
• Global SKO (1,400 reps, Las Vegas) and President's Club (260 qualifiers + guests, Los Cabos) with a DMC — air, transfers, offsites, awards gala
• Source and negotiate via Cvent Supplier Network; pushed attrition to 75% and secured 96% block pickup; F&B, AV and cancellation terms negotiated in-house with Legal only for sign-off
• Regs and housing in Cvent; event-influenced pipeline reporting in Salesforce/Marketo ($48M sourced pipeline FY25)
• Team of 3 planners + agency partners; on-site 12–15 weeks a year

Senior Event Manager — Bazaarvoice | 2017 – 2021
• Annual summit (1,100 pax, $1.6M), 20-city customer roadshow, exec dinners; Bizzabo regs; BEOs and run-of-show

Event Coordinator — Freeman (general services contractor) | 2015 – 2017

Certified Meeting Professional (CMP, 2019) · Conversational Spanish`,
    },
    {
      id: "ev-02-strong",
      label: "strong",
      grade: 9,
      missingMustHave: false,
      note: "Agency-side 'Senior Producer, Meetings & Incentives' in prose: seven years of client programs up to 1,800 attendees and $2.5M, incentive trips abroad, Aventri/Cvent, contracting, travels constantly. Own vocabulary; no CMP.",
      answers: [
        { question: LARGEST_Q, answer: "1,800-person pharma national sales meeting, $2.5M program budget" },
        { question: TRAVEL_Q, answer: "Yes — I travel about 40% now" },
      ],
      resumeText: `Carlos Mendoza
Senior Producer, Meetings & Incentives

For the past seven years I have produced corporate programs for Fortune 500 clients at an experiential agency: national sales meetings, partner summits and incentive travel. I'm the person who takes the RFP from the client, sources the city and hotel, negotiates the group contract (block, attrition, concessions, F&B spend, meeting space), builds the program P&L, stands up registration and housing in Cvent or Aventri, and then runs it on site with a radio on my hip. Largest program: an 1,800-attendee national sales meeting at Gaylord Texan on a $2.5M budget. I've taken incentive winners to Cancún, Lisbon and Costa Rica with local DMCs. Fluent in Spanish.

Experience
Senior Producer, BCD Meetings & Events, Dallas — 2022 – Present
Producer, BCD Meetings & Events — 2019 – 2022
Meeting Planner, Maritz Global Events, St. Louis — 2018 – 2019

B.S. Hospitality Management, University of Houston`,
    },
    {
      id: "ev-03-synonyms",
      label: "synonyms-only",
      grade: 8,
      missingMustHave: false,
      note: "Titled 'Meetings & Events Manager' and 'M&E Lead'; says 'SKO', 'user conference', 'program P&L', 'group sales agreements', 'reg site (Swoogo)', 'road warrior'. Six years, 700-pax conference on $600K. Meets every must-have without the ad's words.",
      answers: [
        { question: LARGEST_Q, answer: "Partner conference, ~700 pax, $600K" },
        { question: TRAVEL_Q, answer: "Yes" },
      ],
      resumeText: `Amelia Foster

Meetings & Events Manager | Cloudline Security, Denver | 2022 – Present
- Lead our partner conference (~700 pax, $600K program P&L) and the annual SKO (450 reps)
- Hotel RFPs and group sales agreements — room block, pickup clauses, food & beverage spend, AV
- Reg site builds and badge printing in Swoogo; post-show surveys
- Road warrior: on site roughly one week in four, including weekends

M&E Lead | Guidepost Consulting | 2020 – 2022
- Quarterly leadership offsites, client summits of 150–300, international retreat in Dublin

Events Specialist | Guidepost Consulting | 2019 – 2020

Passport: current`,
    },
    {
      id: "ev-04-stuffed",
      label: "keyword-stuffed",
      grade: 2,
      missingMustHave: true,
      note: "Skills line names every requirement; experience is an office-manager role ordering team lunches and booking a 25-person offsite. No budgets, contracts or large events.",
      answers: [
        { question: LARGEST_Q, answer: "500+" },
        { question: TRAVEL_Q, answer: "Yes" },
      ],
      resumeText: `Kelsey Ryan

Skills: corporate event planning, conferences, sales kickoffs, incentive trips, $250K+ budgets, hotel contracts, venue contracts, 500+ attendees, Cvent, Bizzabo, Swoogo, CMP, ON24, Hopin, Salesforce, Marketo, DMCs, travel 30%

Experience
Office Manager, Brightleaf Dental Partners — 2022 – Present
Order supplies and team lunches; planned the annual holiday party and a 25-person team offsite.
Receptionist, Brightleaf Dental Partners — 2020 – 2022`,
    },
    {
      id: "ev-05-no-travel",
      label: "missing-must-have",
      grade: 4,
      missingMustHave: true,
      note: "Experienced conference planner (seven years, 1,200-attendee events, Cvent, budgets) who cannot travel — caregiving, remote-only with no overnight trips — and says so; travel is a stated must-have.",
      answers: [
        { question: LARGEST_Q, answer: "1,200 attendees, $1.3M" },
        { question: TRAVEL_Q, answer: "No — I'm a caregiver and can't do overnight travel right now; I'd plan remotely with an onsite lead" },
      ],
      resumeText: `Rebecca Lindholm
Event Manager

Event Manager, Pinnacle Software, Minneapolis — Feb 2020 – Present
- Planned annual customer conference (1,200 attendees, $1.3M) and SKO (600)
- Venue sourcing and hotel contract negotiation; Cvent registration; budget tracking and reconciliation
- Since 2024 planning remotely; onsite execution handed to a local agency producer

Event Coordinator, Meet Minneapolis — 2017 – 2020

Note: seeking remote role with no overnight travel.`,
    },
    {
      id: "ev-06-adjacent",
      label: "adjacent-profession",
      grade: 3,
      missingMustHave: true,
      note: "Wedding and social-event planner for eight years: vendors, contracts, timelines and day-of coordination are the same tools, but no corporate events, largest event 320 guests, budgets under $150K.",
      answers: [
        { question: LARGEST_Q, answer: "Wedding, 320 guests, $140K" },
        { question: TRAVEL_Q, answer: "Yes" },
      ],
      resumeText: `Gabriela Ruiz — Owner & Lead Planner, Gabriela Ruiz Weddings (2018 – present)

I plan and coordinate weddings and milestone celebrations in Central Texas — 25 to 30 a year. I manage the couple's budget (typically $60K–$140K), negotiate venue and catering contracts, build timelines, book and manage 10–20 vendors per event, and run the day with a team of two. Largest wedding: 320 guests at a Hill Country ranch with a three-day destination itinerary. I use Aisle Planner and HoneyBook.

Before that: Catering Sales Coordinator, Hyatt Regency Austin (2015 – 2018).

Certified Wedding Planner (AACWP).`,
    },
    {
      id: "ev-07-overqualified",
      label: "overqualified",
      grade: 5,
      missingMustHave: false,
      note: "VP of Global Events with eighteen years and a 22-person team running a $40M portfolio; hasn't planned an event hands-on in years and would be a VP hire into a senior-IC planner seat.",
      answers: [
        { question: LARGEST_Q, answer: "Portfolio of 300+ events a year; flagship 25,000 attendees, $18M" },
        { question: TRAVEL_Q, answer: "Yes" },
      ],
      resumeText: `Stephanie Walsh, CMM

VP, Global Events & Experiences — Datacore Systems | 2018 – Present
Lead a 22-person events organisation across NA, EMEA and APAC; $40M annual budget; flagship conference of 25,000; agency-of-record selection; events strategy reporting to the CMO.

Director, Corporate Events — Datacore Systems | 2013 – 2018
Senior Event Manager — Dell Technologies | 2008 – 2013

Certificate in Meeting Management (CMM), Events Industry Council`,
    },
    {
      id: "ev-08-threshold",
      label: "threshold-miss",
      grade: 6,
      missingMustHave: false,
      note: "Six years planning corporate events with $400K budgets, Bizzabo and hotel contracts, but the largest event owned was 450 attendees against '500+'; close enough that a recruiter would probably still screen, not clearly out.",
      answers: [
        { question: LARGEST_Q, answer: "450 attendees, $420K (regional partner summit)" },
        { question: TRAVEL_Q, answer: "Yes" },
      ],
      resumeText: `Tom Nguyen

Corporate Events Manager — Ridgeway Financial, Charlotte NC — Jun 2022 – Present
• Regional partner summits (largest 450 attendees, $420K), advisor incentive trip to Scottsdale (120 guests)
• Hotel and venue contract negotiation, Bizzabo registration, vendor management, budget reconciliation

Events Coordinator → Event Planner — Ridgeway Financial — Sep 2020 – Jun 2022
• Executive roundtables, client dinners, 200-person leadership meeting

B.A. Communications, UNC Charlotte`,
    },
    {
      id: "ev-09-mixed",
      label: "mixed",
      grade: 5,
      missingMustHave: false,
      note: "Four years as an event coordinator supporting a senior planner: worked on a 900-person conference and uses Cvent, but budget and contract ownership sat with her manager and she has slightly under five years. Some must-haves met, others partial.",
      answers: [
        { question: LARGEST_Q, answer: "I supported a 900-attendee conference (~$800K); I owned events up to 150 people" },
        { question: TRAVEL_Q, answer: "Yes" },
      ],
      resumeText: `Natalie Brooks
Event Coordinator | Austin, TX

Summary: Detail-driven coordinator with four years supporting corporate conferences and internal meetings. Strong in registration, attendee communications and on-site logistics.

Skills: Cvent registration and housing · run-of-show · vendor coordination · speaker management · budget tracking (under manager's oversight)

Event Coordinator, Kinetic Health Tech — Sep 2022 – Present
Supported our 900-attendee customer conference: Cvent site build, housing reports, speaker logistics, on-site registration desk. Planned team offsites up to 150 people.
Marketing Coordinator, Kinetic Health Tech — Jan 2022 – Sep 2022`,
    },
    {
      id: "ev-10-inflated",
      label: "inflated-claims",
      grade: 3,
      missingMustHave: true,
      note: "Calls herself 'Head of Events' and claims '$2M managed' and 'hundreds of events', but the detail shows a 40-person startup's executive assistant running offsites of 35 and booking travel; no event near 500 or $250K.",
      answers: [
        { question: LARGEST_Q, answer: "Company offsite, 35 people; I managed $2M in company travel spend" },
        { question: TRAVEL_Q, answer: "Yes" },
      ],
      resumeText: `Vanessa Hart
Head of Events & Executive Operations — Lumen Labs (40 employees) — 2021 – Present
• Managed $2M+ in spend across events, travel and operations
• Planned hundreds of events including all-hands, offsites and team celebrations
• Organized quarterly company offsite (35 people) in Marfa and Fredericksburg
• Booked executive travel and calendars for CEO and CFO; Eventbrite for meetups

Executive Assistant — Lumen Labs — 2019 – 2021`,
    },
    {
      id: "ev-11-dates-only",
      label: "dates-only",
      grade: 7,
      missingMustHave: false,
      note: "Two terse lines per role: six years of corporate conferences and SKOs, 'SKO 1,000 / $900K', Cvent, CMP. Every must-have is there but stated in shorthand with no detail on contracting or travel beyond a screening answer.",
      answers: [
        { question: LARGEST_Q, answer: "SKO, 1,000 attendees, $900K" },
        { question: TRAVEL_Q, answer: "Yes" },
      ],
      resumeText: `Jordan Ellis, CMP — Corporate Events

Senior Event Planner, Paylocity — 2023–Present
SKO 1,000 / $900K; customer conference 650; Cvent; hotel contracts.

Event Planner, Paycom — 2020–2023
Regional user groups, incentive trip 140 pax (Riviera Maya).`,
    },
  ],
};

import type { EvalPosting } from "../types";

const LICENSE_Q = "Do you have an active Florida massage therapy license? Please give your MA#.";
const YEARS_Q = "How many years have you worked doing sports or clinical massage (not spa)?";
const SCHEDULE_Q = "Can you work evenings and Saturdays?";

export const massageTherapist: EvalPosting = {
  id: "massage-therapist",
  split: "dev",
  field: "healthcare / wellness (licensed massage therapist, sports-medicine and physical therapy clinic)",
  style:
    "Craigslist/Facebook-group ad under 120 words: casual lowercase run-on sentences, no headings or bullets, pay and tips in dollars in the title and body, requirements inside the run-on ('must have … at least 2 yrs … and be ok …'), 'a big plus' extras and 'no spa chains pls'",
  jobTitle: "Licensed Massage Therapist (sports medicine clinic)",
  companyName: "Bayshore Sports Medicine & Physical Therapy",
  jobDescription: `LMT wanted - sports med clinic south tampa ($34/hr + tips)

hey we're a busy sports medicine/PT clinic off bayshore looking for a licensed massage therapist, mostly runners and high school and college athletes plus a few pro guys in the off season. must have active FL massage license (no exceptions we check), at least 2 yrs doing sports or clinical massage not just spa, and be ok writing SOAP notes in our EMR since most clients come referred from our docs and PTs. cupping, IASTM, assisted stretching, kinesio taping a big plus. $34/hr W2 + tips (avg $10-15 a session), 25-32 hrs/wk, evenings + saturdays required. msg resume + MA# and we'll call. no spa chains pls`,
  resumes: [
    {
      id: "lmt-01-strong",
      label: "strong",
      grade: 10,
      missingMustHave: false,
      note: "Seven years of manual therapy in an orthopedic clinic and a university training room, Florida MA number, NMT, MFR, AIS/PNF, Graston M1/M2, myofascial decompression, RockTape FMT, race-tent work, daily notes in WebPT, Tue–Sat including evenings. Every must and every extra, in the trade's own shorthand.",
      answers: [
        { question: LICENSE_Q, answer: "Yes MA68214" },
        { question: YEARS_Q, answer: "7" },
        { question: SCHEDULE_Q, answer: "Yes, I work Tue–Sat now" },
      ],
      resumeText: `CARLOS YBARRA, LMT
Tampa, FL · MA68214

Manual Therapist — Westshore Orthopaedics & Rehab, Tampa | 2021 – Present
• 28–32 treatment hrs/wk on referral from ortho and PT: NMT (St. John), MFR, trigger point, AIS and PNF stretch
• Graston M1/M2 on IT band, plantar fascia, forearm flexors; myofascial decompression; RockTape FMT applications
• Daily notes and progress re-evals in WebPT, coordinated with the treating PT
• Tue–Sat schedule, two late nights

LMT, Athletic Training Room (contract) — University of South Tampa Athletics | 2019 – 2021
• Pre/post-competition work for baseball, soccer and track; recovery sessions during conference tournaments

Event Therapist — Gasparilla Distance Classic & Clearwater Marathon medical tents | 2019 – 2024

Florida School of Massage, 600-hr program (2019) · NCBTMB Board Certified · CPR/AED`,
    },
    {
      id: "lmt-02-strong",
      label: "strong",
      grade: 9,
      missingMustHave: false,
      note: "Four years in a chiropractic and sports-recovery practice treating triathletes and runners, Florida MA number, cupping, KT tape, ART Level 1, notes in ChiroTouch, 70.3 race tent. Fewer years and no instrument work, so a notch under the first.",
      answers: [
        { question: LICENSE_Q, answer: "MA 83307, active" },
        { question: YEARS_Q, answer: "4 years" },
        { question: SCHEDULE_Q, answer: "yes" },
      ],
      resumeText: `Hannah Pruett, LMT (FL MA83307)
Clearwater, FL

2022 - present  Massage Therapist, Gulf Coast Chiropractic & Sports Recovery, Clearwater
   triathlon and run-club clients, post-race flush and maintenance, deep tissue and trigger point
   cupping (static + dynamic), KT tape for shin splints and patellar tracking
   ART Level 1 (lower extremity)
   chart every visit in ChiroTouch for the DCs; PIP cases too
   Mon/Wed/Fri 12-8, Sat 8-2

2023, 2025  Massage tent volunteer, IRONMAN 70.3 Gulf Coast

Education: Suncoast School of Massage, 2022`,
    },
    {
      id: "lmt-03-synonyms",
      label: "synonyms-only",
      grade: 8,
      missingMustHave: false,
      note: "Meets every must without the ad's words: 'soft-tissue & recovery therapist', 'FL DOH MA79102', 'competitive distance racers, lacrosse and baseball players', 'subjective/objective/assessment/plan notes in Jane', 'vacuum therapy', 'instrument-assisted mobilisation', 'elastic therapeutic tape', 'facilitated range-of-motion work', 'after 4 pm and all day Sat'. Five years, all clinical.",
      answers: [
        { question: LICENSE_Q, answer: "FL DOH MA79102" },
        { question: SCHEDULE_Q, answer: "After 4 pm weekdays, all day Sat" },
      ],
      resumeText: `Dana Whitlock
St. Petersburg, FL
Soft-Tissue & Recovery Therapist · FL DOH MA79102

Peak Motion Performance Center, St. Petersburg — 2021 – Present
Treat competitive distance racers, club lacrosse and travel baseball players, most sent over by the center's physiotherapists and physicians. Pre-competition prep and post-competition flush, injury-phase work alongside rehab plans. Tools: vacuum therapy, instrument-assisted soft-tissue mobilisation, elastic therapeutic tape, facilitated range-of-motion (contract-relax) work. Every visit documented in subjective/objective/assessment/plan format in Jane.

Education
Bodywork diploma, Cortiva Institute – St. Petersburg, 2021
Continuing education: myofascial release (24 h), lymphatic drainage (12 h)`,
    },
    {
      id: "lmt-04-synonyms",
      label: "synonyms-only",
      grade: 7,
      missingMustHave: false,
      note: "Bodywork practitioner in a chiropractic injury practice: 'neuromuscular therapy', 'auto-injury rehab', 'treatment documentation for PIP billing (97140/97124)', 'FL DOH MA 84417', CrossFit athletes. Nearly four years clinical, all musts met in other words; fewer athletes and no extras, so 7.",
      answers: [
        { question: LICENSE_Q, answer: "MA 84417" },
        { question: YEARS_Q, answer: "3" },
        { question: SCHEDULE_Q, answer: "Yes" },
      ],
      resumeText: `Rosalind Baptiste — Bodywork Practitioner
Brandon, FL | FL DOH MA 84417

Experience
Brandon Spine & Injury Center — Neuromuscular Therapist — Oct 2023 – now
  - Auto-injury and work-injury soft tissue rehab on the chiropractors' care plans
  - Treatment documentation for PIP billing (97140 / 97124), re-exam notes every 12 visits
  - Recovery sessions for members of CrossFit Brandon under a partnership, Thursday nights
Body Balance Chiropractic — Neuromuscular Therapist — Jan 2023 – Sep 2023

Training
Neuromuscular therapy certificate (NMT Center, 2023)
Florida Career College, therapeutic bodywork program, 2022`,
    },
    {
      id: "lmt-05-keyword-stuffed",
      label: "keyword-stuffed",
      grade: 2,
      missingMustHave: true,
      note: "Skills list names every item in the ad (FL license, sports massage, SOAP notes, cupping, IASTM, kinesio taping), but she is still in massage school (graduates 03/2027), works the front desk at a spa chain and personal-trains; answer says license not yet held.",
      answers: [
        { question: LICENSE_Q, answer: "not yet, will apply after graduation" },
        { question: YEARS_Q, answer: "1 (front desk + school clinic)" },
      ],
      resumeText: `Kayla Devereux
Tampa FL

SKILLS: Licensed Massage Therapist · FL massage license · sports massage · clinical massage · medical massage · deep tissue · SOAP notes · EMR · cupping · IASTM · assisted stretching · kinesio taping · athletes · PT referrals · evenings/Saturdays

EXPERIENCE
Front Desk Associate — Hand & Stone Massage and Facial Spa, Carrollwood — 2025 – present
  booking, memberships, laundry, room turnover
Personal Trainer — Anytime Fitness — 2023 – 2025

EDUCATION
Massage Therapy program, Florida Academy, Tampa — expected 03/2027 (student clinic hours in progress)`,
    },
    {
      id: "lmt-06-missing",
      label: "missing-must-have",
      grade: 3,
      missingMustHave: true,
      note: "Six years of sports massage in a Manhattan physio clinic with a New York license, moving to Tampa; the answer says the Florida license application is pending. The ad's 'active FL massage license (no exceptions)' is not met today.",
      answers: [
        {
          question: LICENSE_Q,
          answer: "Not yet — NY LMT active, FL application by endorsement submitted Oct 2026, pending",
        },
        { question: YEARS_Q, answer: "6" },
        { question: SCHEDULE_Q, answer: "Yes" },
      ],
      resumeText: `Marcus Thibodeaux, LMT (NY)
Relocating to Tampa, FL — December 2026

Sports Massage Therapist | Hudson Sports Physio, New York NY | 2020–2026
- Pre/post-event and maintenance for marathoners, NCAA and semi-pro soccer
- Cupping, IASTM (HawkGrips), taping, PNF stretching
- SOAP notes in Prompt EMR
Massage Therapist | Equinox, New York NY | 2019–2020

NYS Licensed Massage Therapist #031872 · Swedish Institute, 2019`,
    },
    {
      id: "lmt-07-adjacent",
      label: "adjacent-profession",
      grade: 3,
      missingMustHave: true,
      note: "Florida-licensed athletic trainer (ATC, LAT) at a high school: IASTM, cupping, taping, stretching, injury notes and athletes every day, but a different profession and licence; no massage license, as the answer says.",
      answers: [
        { question: LICENSE_Q, answer: "No — I'm a licensed athletic trainer (AT 4417), not an LMT" },
        { question: YEARS_Q, answer: "5 yrs soft tissue as an AT" },
        { question: SCHEDULE_Q, answer: "Saturdays yes, evenings after 6" },
      ],
      resumeText: `Jordan Mills, MS, ATC, LAT
Riverview, FL

Head Athletic Trainer — Riverview High School (Hillsborough County Public Schools), Aug 2021 – Present
  Prevention, evaluation and rehab for 600 student-athletes in 14 sports; game coverage Fridays and Saturdays
  IASTM, cupping, prophylactic and kinesiology taping, PNF stretching, return-to-play progressions
  Injury notes and daily treatment logs in ATS; communicate with team physicians and PTs

Graduate Assistant Athletic Trainer — University of Tampa, 2019–2021

BOC Certified Athletic Trainer · Florida Licensed Athletic Trainer AT 4417 · M.S. Athletic Training, UT, 2021`,
    },
    {
      id: "lmt-08-overqualified",
      label: "overqualified",
      grade: 5,
      missingMustHave: false,
      note: "Twenty-two-year LMT, former clinic owner, NMT instructor and CE provider with a Florida license; can do evenings and Saturdays but wants about 12 hours a week on a 1099 percentage split and to bring her own clients, not the ad's 25–32 W2 hours.",
      answers: [
        { question: LICENSE_Q, answer: "Yes, MA21590" },
        { question: YEARS_Q, answer: "22" },
        { question: SCHEDULE_Q, answer: "Yes but only 2 evenings + Sat am, ~12 hrs total" },
      ],
      resumeText: `Lorraine Castellanos, LMT, NCTMB
Tampa, FL

I've practiced medical and sports massage since 2004 (Florida MA21590) and owned Bay Area Neuromuscular Clinic in Westchase from 2009 until I sold it in 2024. I taught NMT at Florida College of Natural Health for eight years and I'm an approved CE provider (I run a weekend course on pelvic and hip work twice a year). These days I want a lighter clinical load — about 12 hours a week, ideally on a percentage split as an independent contractor, and I'd bring a small group of long-time clients with me.

Owner / Lead Therapist, Bay Area Neuromuscular Clinic — 2009–2024
Instructor, Florida College of Natural Health — 2012–2020
Massage Therapist, Saddlebrook Resort sports performance center — 2004–2009`,
    },
    {
      id: "lmt-09-threshold",
      label: "threshold-miss",
      grade: 4,
      missingMustHave: true,
      note: "Licensed 01/2025 and working clinical/sports massage since, so 22 months against the ad's 'at least 2 yrs'; otherwise well matched (PT clinic, cupping, taping, SOAP notes, evenings). Her school externship isn't work experience. Just short of the stated minimum.",
      answers: [
        { question: LICENSE_Q, answer: "Yes MA91806" },
        { question: YEARS_Q, answer: "almost 2 (since Jan 2025)" },
        { question: SCHEDULE_Q, answer: "Yes" },
      ],
      resumeText: `Aaliyah Jefferson — LMT
Tampa, FL · MA91806

Massage Therapist, Motion Physical Therapy (Seminole Heights) · Jan 2025 – Present
- Clinical massage for post-op ACL, rotator cuff and runner's knee patients on PT referral
- Cupping and kinesio tape; assisted stretching with the PT team
- SOAP notes in WebPT, weekly progress notes to the PT
- Evening clinic Tue/Thu, Saturdays

Student Clinic & Externship, Tampa Bay School of Massage · 2024
- 60 supervised sessions incl. 20 at a USF club sports event`,
    },
    {
      id: "lmt-10-sparse",
      label: "sparse",
      grade: 6,
      missingMustHave: false,
      note: "Four lines: Florida MA number, '5 yrs, mostly sports/ortho', cupping and tape, available evenings and Saturdays. Appears to meet the musts but gives no employer, dates or documentation, so a recruiter would phone before rating higher.",
      answers: [],
      resumeText: `Jenna Kowalski — LMT (FL MA90211)
5 yrs massage, mostly sports/ortho clients (current: Lutz PT & Wellness)
Cupping, tape, stretching. Notes in EMR.
Avail eves + Sat. 813-555-0174`,
    },
    {
      id: "lmt-11-career-changer",
      label: "career-changer",
      grade: 7,
      missingMustHave: false,
      note: "Twelve years as a PE teacher and cross-country coach, then massage school and a Florida license in 2022; almost four years at a running-focused recovery studio and a PT clinic. Meets every must; the resume leads with teaching and says little about extras or documentation beyond 'treatment notes'.",
      answers: [
        { question: LICENSE_Q, answer: "yes, MA85530" },
        { question: YEARS_Q, answer: "4 in Feb" },
      ],
      resumeText: `Theresa Oduya
Wesley Chapel, FL

Physical Education Teacher & Head Cross-Country / Track Coach
Pasco County Schools — Wiregrass Ranch High School — 2009–2021
  Coached 40+ distance runners a season; two state qualifiers; team warm-up, mobility and recovery programs

Career change: massage school 2021–2022 (Florida Academy, 750 hrs); Florida license MA85530 issued 02/2023

Licensed Massage Therapist — Stride Recovery Studio (runners' recovery), Wesley Chapel — 2023 to now
Licensed Massage Therapist (part-time) — New Tampa Physical Therapy — 2024 to now
  Deep tissue and stretching for runners and triathletes, referral cases from the PTs, treatment notes`,
    },
  ],
};

import type { EvalPosting } from "../types";

const LICENCE_Q = "Are you a credentialed veterinary technician (CVT, LVT or RVT) in good standing?";
const WEEKEND_Q = "This role includes one weekend day per week. Can you work that schedule?";

export const vetTechnician: EvalPosting = {
  id: "vet-technician",
  split: "test",
  field: "veterinary/animal health",
  style: "prose only, requirements inside paragraphs, two screening questions",
  jobTitle: "Credentialed Veterinary Technician — Emergency & Critical Care",
  companyName: "Harbor Animal Hospital",
  jobDescription: `Harbor Animal Hospital is a 24-hour emergency and specialty hospital in Portland, Maine. Our ER and ICU team sees around 60 dogs and cats a day, and we are adding a credentialed veterinary technician to the overnight and weekend rotation.

You must hold a current CVT, LVT or RVT credential (or be able to transfer it to Maine within 60 days) and have at least two years of hands-on work as a veterinary technician in a clinical hospital, ideally emergency or critical care. You will place IV catheters, monitor anesthesia, run in-house bloodwork and triage patients on arrival, so you should be confident with all of these without supervision. The schedule includes one weekend day per week.

It would be great if you have your VTS (ECC or Anesthesia), have worked with fear-free handling methods, or have used Cornerstone or ezyVet. Spanish is a plus for our front desk.`,
  resumes: [
    {
      id: "vt-01-strong",
      label: "strong",
      grade: 9,
      missingMustHave: false,
      note: "LVT, 5 years ER/ICU tech, catheters, anesthesia, triage, Fear Free certified, ezyVet.",
      answers: [
        { question: LICENCE_Q, answer: "Yes — LVT in New Hampshire, license #4471, transferring to Maine" },
        { question: WEEKEND_Q, answer: "Yes" },
      ],
      resumeText: `Hannah Okafor, LVT
Experience
Emergency & Critical Care Veterinary Technician — BluePearl Specialty Hospital, Portsmouth NH | Mar 2021 – Present
- Triage 40+ walk-in emergencies per shift; place IV catheters and central lines; monitor anesthesia for emergency surgery
- Run in-house CBC/chemistry, blood gas and PCV/TS; ICU treatment sheets in ezyVet
Veterinary Technician — Seacoast Animal Clinic | 2019 – 2021
- Dental and spay/neuter anesthesia; Fear Free Certified Professional since 2020
Education & credentials
A.A.S. Veterinary Technology, 2019 · Licensed Veterinary Technician (NH), VTNE passed 2019`,
    },
    {
      id: "vt-02-synonyms",
      label: "synonyms-only",
      grade: 8,
      missingMustHave: false,
      note: "RVT who writes 'nurse' (UK-style), 'IVC placement', 'GA monitoring', 'critical care unit', 'haematology'.",
      answers: [
        { question: LICENCE_Q, answer: "Yes, registered (RVT) in Massachusetts" },
        { question: WEEKEND_Q, answer: "Yes, weekends are fine" },
      ],
      resumeText: `Liam Doherty RVT
Registered veterinary nurse / technician

Work
Critical Care Unit Nurse (RVT) — Angell Animal Medical Center, Boston — 2022 – Present
• IVC placement, GA monitoring and recovery for the surgical and emergency service
• First-line assessment of arrivals at reception; haematology and biochemistry on the in-house analysers
Veterinary Nurse — Medivet, London — 2019 – 2022`,
    },
    {
      id: "vt-03-stuffed",
      label: "keyword-stuffed",
      grade: 2,
      missingMustHave: true,
      note: "Kennel attendant with every keyword in a skills list; no credential, no technician work.",
      answers: [
        { question: LICENCE_Q, answer: "I plan to take the VTNE next year" },
        { question: WEEKEND_Q, answer: "Yes" },
      ],
      resumeText: `Jordan Pike
Skills: CVT, LVT, RVT, IV catheters, anesthesia monitoring, triage, bloodwork, emergency and critical care, fear free, Cornerstone, ezyVet, Spanish

Experience
Kennel Attendant — Happy Tails Boarding | 2024 – Present
- Fed and walked boarding dogs, cleaned kennels`,
    },
    {
      id: "vt-04-no-credential",
      label: "missing-must-have",
      grade: 3,
      missingMustHave: true,
      note: "Experienced on-the-job trained veterinary assistant doing tech work, but not credentialed; answer says no.",
      answers: [
        { question: LICENCE_Q, answer: "No, I am not credentialed; trained on the job" },
        { question: WEEKEND_Q, answer: "Yes" },
      ],
      resumeText: `Megan Ruiz
Experience
Veterinary Assistant — VCA Animal Hospital, Portland ME | 2019 – Present
- Restrain and monitor patients, place IV catheters under supervision, run in-house bloodwork
- Help triage emergency arrivals at the front desk; Cornerstone`,
    },
    {
      id: "vt-05-human-nurse",
      label: "adjacent-profession",
      grade: 3,
      missingMustHave: true,
      note: "Human ER nurse (RN) moving to animal care: right skills, wrong profession and licence.",
      answers: [
        { question: LICENCE_Q, answer: "I hold an RN license; I am not a veterinary technician" },
        { question: WEEKEND_Q, answer: "Yes" },
      ],
      resumeText: `Patricia Lowe, RN
Experience
Emergency Department Registered Nurse — Maine Medical Center | 2017 – Present
- Triage, IV catheter placement, sedation monitoring, point-of-care labs in a level I trauma center
Volunteer — Animal Refuge League | 2023 – Present
- Socialise shelter cats on weekends`,
    },
    {
      id: "vt-06-general-practice",
      label: "mixed",
      grade: 6,
      missingMustHave: false,
      note: "CVT with 3 years in a general (day) practice: credential and years met, little emergency/triage.",
      answers: [
        { question: LICENCE_Q, answer: "Yes, CVT" },
        { question: WEEKEND_Q, answer: "Yes" },
      ],
      resumeText: `Sam Whitfield, CVT
Experience
Certified Veterinary Technician — Falmouth Family Vet | 2023 – Present
- Anesthesia monitoring for dentals and spays, IV catheters, in-house labs and radiographs
- Client education and vaccine appointments
Education
A.S. Veterinary Technology, 2023`,
    },
    {
      id: "vt-07-no-weekends",
      label: "missing-must-have",
      grade: 3,
      missingMustHave: true,
      note: "Strong ER LVT but cannot work weekends (screening answer no).",
      answers: [
        { question: LICENCE_Q, answer: "Yes, LVT" },
        { question: WEEKEND_Q, answer: "No, I can only work Monday to Friday" },
      ],
      resumeText: `Diego Alvarez, LVT
Experience
ER Veterinary Technician — MedVet Boston | 2020 – Present
- Triage, IV catheters, anesthesia monitoring and ICU nursing; in-house bloodwork
Veterinary Technician — Banfield | 2018 – 2020`,
    },
    {
      id: "vt-08-manager",
      label: "off-target",
      grade: 4,
      missingMustHave: false,
      note: "Credentialed tech who has been a hospital practice manager for 6 years, hands-off; wants part-time.",
      answers: [
        { question: LICENCE_Q, answer: "Yes, CVT (renewed 2025)" },
        { question: WEEKEND_Q, answer: "Yes" },
      ],
      resumeText: `Rachel Kim, CVT
Looking for a part-time position, about 20 hours a week.
Experience
Practice Manager — Coastal Veterinary Hospital | 2020 – Present
- Budgets, staffing, scheduling and client complaints for a 12-doctor hospital
Veterinary Technician — Coastal Veterinary Hospital | 2014 – 2020
- Anesthesia, catheters and lab work`,
    },
  ],
};

import type { EvalPosting } from "../types";

const APLUS_Q = "Do you currently hold the CompTIA A+ certification? (Client requirement)";
const YEARS_Q = "How many years of hands-on help desk or desktop support experience do you have?";
const RATE_Q = "This contract-to-hire role pays $23–$27/hr W2. Is that within your expected range?";

export const helpDeskTechnician: EvalPosting = {
  id: "help-desk-technician",
  split: "dev",
  field: "information technology (help desk / desktop support, corporate end-user support)",
  style:
    "Staffing-agency posting: 'Our client, a leading … is seeking …', 'Position Highlights', 'Responsibilities', 'Qualifications', 'Why work with us?', agency EEO and benefits boilerplate, a recruiter's name and job number",
  jobTitle: "Desktop Support Technician (Contract-to-Hire)",
  companyName: "Keystone Technical Staffing",
  jobDescription: `Desktop Support Technician (Contract-to-Hire)
Keystone Technical Staffing · Charlotte, NC · Job #KTS-48213

Our client, a leading regional healthcare insurance provider headquartered in uptown Charlotte, is seeking a Desktop Support Technician to join its growing end-user services team. This is an onsite, contract-to-hire opportunity supporting roughly 1,200 employees across a corporate campus and two satellite offices. If you enjoy solving problems, working face-to-face with users and keeping a busy shop running smoothly, we want to talk to you!

Position Highlights
- Contract-to-hire: 6 months, then conversion to a full-time employee of our client with full benefits
- Pay: $23–$27/hr W2, depending on experience
- Schedule: Monday–Friday, 8:00 AM – 5:00 PM, with one rotating on-call weekend per month
- Onsite in Charlotte, NC (free parking)
- Modern environment: Windows 11, Microsoft 365, Intune, ServiceNow

Responsibilities
- Provide Tier 1 and Tier 2 support in person, by phone and by Teams for hardware, software and connectivity issues
- Image, deploy and refresh Windows laptops and desktops; set up docking stations, monitors and peripherals
- Manage user accounts in Active Directory and Microsoft 365: new hires, terminations, password resets, group membership, mailbox and license assignment
- Log, update and resolve tickets in ServiceNow within SLA; write clear notes and knowledge articles
- Troubleshoot printers, VPN, Wi-Fi and mobile devices (iOS/Android via Intune)
- Escalate network and server issues to the infrastructure team with complete documentation
- Maintain hardware asset inventory and support conference-room AV

Qualifications
- CompTIA A+ certification (required — client requirement, no exceptions)
- 2+ years of help desk or desktop support experience in a corporate environment
- Hands-on experience with Active Directory and Microsoft 365 administration tasks
- Experience with a ticketing system (ServiceNow, Jira Service Management, Zendesk or similar)
- Strong customer service and communication skills
- Ability to lift 50 lbs and move equipment on carts
- Must pass a background check and drug screen
Nice to have: CompTIA Network+, Intune/Autopilot, SCCM/MECM, healthcare or insurance industry experience, associate degree in IT

Why work with us?
At Keystone Technical Staffing, we've been placing IT professionals with Carolina employers for more than 20 years. Our recruiters specialize in technology, so we understand your skills and your goals. As a Keystone consultant, you'll enjoy:
- Weekly pay with direct deposit
- Medical, dental and vision plans available from day one of your assignment
- 401(k) eligibility
- Referral bonuses
- A dedicated recruiter who stays in touch throughout your assignment

Keystone Technical Staffing is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability or protected veteran status. We consider qualified applicants with arrest and conviction records in accordance with applicable law.

Interested? Apply today or reach out directly to your recruiter, Megan Albright, at malbright@keystonetechstaffing.example or (704) 555-0163. Reference Job #KTS-48213.`,
  resumes: [
    {
      id: "it-01-strong",
      label: "strong",
      grade: 10,
      missingMustHave: false,
      note: "Five years as a Tier 2 desktop support analyst for a 2,500-seat bank: ADUC and Entra/Exchange Online admin, Autopilot/MECM imaging, ServiceNow incidents and RITMs with 96% SLA, hardware refreshes, A+ and Network+. Written in IT shop shorthand, not the posting's phrasing.",
      answers: [
        { question: APLUS_Q, answer: "Yes (A+ ce, renewed 2025)" },
        { question: YEARS_Q, answer: "5" },
        { question: RATE_Q, answer: "Yes, $27" },
      ],
      resumeText: `Jasmine Howard
Charlotte, NC · jhoward.it@example.com

Desktop Support Analyst II — Truist (via TEKsystems → FTE), Charlotte — Jan 2022 – Present
• Tier 2 for a 2,500-seat campus; deskside + walk-up tech bar; ~15 tickets/day in ServiceNow (INC, RITM), 96% within SLA
• Onboarding/offboarding in ADUC and Entra ID: OUs, security groups, shared mailboxes, E3/E5 licensing, MFA resets in Exchange Online admin center
• Win 10→11 refresh of 1,100 laptops with Autopilot + MECM task sequences; BitLocker escrow, driver packs
• Intune enrollment for iPhones; GlobalProtect VPN and Wi-Fi cert issues; Teams Rooms AV
• Wrote 40+ KB articles; mentor two Tier 1 techs

Service Desk Technician — Atrium Health, Charlotte — Jun 2021 – Jan 2022 (Tier 1 phones, Citrix, Epic printing)

Certs: CompTIA A+ ce, CompTIA Network+, Microsoft 365 Fundamentals (MS-900)
A.A.S. Information Systems Security, Central Piedmont CC`,
    },
    {
      id: "it-02-strong",
      label: "strong",
      grade: 9,
      missingMustHave: false,
      note: "Skills matrix 'Skill | Years' resume: four years of field and deskside IT support, AD and M365 admin, Jira Service Management, imaging, A+ 2021. Fewer details on scale than the first; every must-have met.",
      answers: [
        { question: APLUS_Q, answer: "Yes" },
        { question: YEARS_Q, answer: "4" },
      ],
      resumeText: `MIGUEL SANTOS — IT Field Services Technician
Rock Hill, SC

SKILLS
Skill | Years
Windows 10/11 deployment (MDT, Autopilot) | 4
Active Directory / Entra ID user & group admin | 4
Microsoft 365 admin (Exchange Online, Teams, licensing) | 3
Jira Service Management / Freshservice | 4
Printers, docking, peripherals, AV | 4
Intune (MDM for iOS/Android) | 2
PowerShell (account scripts) | 1

EXPERIENCE
IT Field Services Technician, Carolinas Logistics Group — 2022–Present — 650 users at HQ and 5 distribution centers; hands-on hardware swaps, imaging, new-hire setups, lifting and staging pallets of laptops for refreshes.
IT Support Technician, Winthrop University — 2021–2022 — student and faculty walk-up help, lab imaging.

CERTIFICATIONS: CompTIA A+ (2021), Microsoft MD-102 (2024)`,
    },
    {
      id: "it-03-synonyms",
      label: "synonyms-only",
      grade: 8,
      missingMustHave: false,
      note: "Never says A+, help desk, Active Directory, Microsoft 365 or ticketing: 'CompTIA Core 1 + Core 2 (220-1101/220-1102)', 'service desk / end-user computing', 'directory accounts and lockouts', 'O365 tenant', 'BMC Remedy queue'. Three years; a recruiter reads every requirement as met.",
      answers: [
        { question: APLUS_Q, answer: "Passed 220-1101 and 220-1102 in 2023" },
        { question: YEARS_Q, answer: "3" },
      ],
      resumeText: `Aaliyah Brooks
Concord, NC

End-User Computing Specialist — Duke Energy (contract via Insight Global) — 10/2023 to Present
Walk-up and deskside for a 900-person office: laptop builds and re-images, docks, dual monitors; directory accounts, lockouts and distribution lists; O365 tenant tasks (mailboxes, licenses, OneDrive restores); work the BMC Remedy queue and close out with notes.

Service Desk Agent — Lowe's Corporate (Mooresville) — 08/2022 to 10/2023
Phone and chat support for store associates: password unlocks, POS handhelds, Outlook, Citrix.

CompTIA Core 1 + Core 2 (220-1101 / 220-1102), 2023`,
    },
    {
      id: "it-04-synonyms",
      label: "synonyms-only",
      grade: 7,
      missingMustHave: false,
      note: "Army 25B vocabulary: 'Information Technology Specialist', 'DoD 8570 IAT Level I baseline (CompTIA A+ ce)' hidden in a long cert line, 'reimaged NIPR workstations', 'DC user objects', 'Exchange/Outlook', 'Remedy trouble tickets'. Three years in uniform plus a year civilian; meets all, military-shaped environment keeps it at 7.",
      answers: [
        { question: YEARS_Q, answer: "4" },
        { question: RATE_Q, answer: "Yes" },
      ],
      resumeText: `SGT (Ret.) Andre Lewis
Fayetteville → relocating to Charlotte, NC

Information Technology Specialist (25B), U.S. Army, Fort Liberty NC — 2019 – 2022
- Brigade S6 help line: reimaged NIPR workstations (Win 10 STIG'd gold image), CAC reader and token issues
- Created/disabled user objects on the DC, group adds, Exchange/Outlook profiles; 300-user battalion
- Logged every call as a Remedy trouble ticket; hand-receipt inventory of 400 end items

Computer User Support Specialist, Cape Fear Valley Health — 2022 – 2023 (moved to help family 2023–2025)
IT Technician (part-time), Fayetteville Tech CC — 2025 – Present

Credentials: DoD 8570 IAT Level I baseline (CompTIA A+ ce, Security+ ce), active through 2027`,
    },
    {
      id: "it-05-keyword-stuffed",
      label: "keyword-stuffed",
      grade: 2,
      missingMustHave: true,
      note: "Bootcamp grad whose summary lists every posting term (A+, Active Directory, M365, ServiceNow, Intune, SCCM, Tier 2) but whose only work is food service and a 3-month unpaid school lab role; answers say no A+ and 0 years.",
      answers: [
        { question: APLUS_Q, answer: "No, studying" },
        { question: YEARS_Q, answer: "0" },
      ],
      resumeText: `Tyler Nguyen
Charlotte NC

SUMMARY: Motivated Desktop Support Technician with skills in CompTIA A+, Network+, Active Directory, Microsoft 365, Azure AD, Intune, Autopilot, SCCM, MECM, ServiceNow, Jira, Zendesk, Tier 1, Tier 2, help desk, desktop support, imaging, Windows 11, VPN, printers, SLA, ITIL, customer service.

EXPERIENCE
Shift Lead, Chipotle — 2022 – Present
IT Lab Volunteer, Per Scholas Charlotte — Jun 2026 – Sep 2026 (unpaid, class lab)

EDUCATION: Per Scholas IT Support bootcamp, 2026 (A+ exam scheduled)`,
    },
    {
      id: "it-06-missing",
      label: "missing-must-have",
      grade: 4,
      missingMustHave: true,
      note: "Three solid years of corporate help desk with AD, M365 and ServiceNow, but no A+ (has Google IT Support certificate; answers 'No — Core 2 scheduled'). The client's no-exceptions certification is clearly not met.",
      answers: [
        { question: APLUS_Q, answer: "No — passed Core 1, Core 2 scheduled for January" },
        { question: YEARS_Q, answer: "3" },
      ],
      resumeText: `Emily Fischer
Huntersville, NC

Help Desk Technician, Sonic Automotive HQ — Sep 2023 – Present
- Tier 1/2 for 1,000 corporate users: AD accounts, M365 licensing and mailboxes, ServiceNow tickets
- Laptop imaging with Intune Autopilot; printers and VPN
Help Desk Intern, UNC Charlotte ITS — 2022 – 2023

Certifications: Google IT Support Professional Certificate (2022); CompTIA A+ Core 1 (passed 2026) — Core 2 pending
B.S. Computer Science (in progress, part-time), UNC Charlotte`,
    },
    {
      id: "it-07-adjacent",
      label: "adjacent-profession",
      grade: 3,
      missingMustHave: true,
      note: "Tier 1 phone tech support for an internet provider's residential customers: modem and Wi-Fi troubleshooting, scripts, CRM tickets. No corporate AD/M365 work, no imaging, no A+. Adjacent customer-facing tech work.",
      answers: [
        { question: APLUS_Q, answer: "No" },
        { question: YEARS_Q, answer: "2" },
      ],
      resumeText: `Brianna Lewis
Gastonia, NC

Technical Support Representative — Spectrum (Charter Communications) call center, Charlotte — 2024–Present
  Inbound residential internet/TV calls (~55/day): modem reboots and reprovisioning, Wi-Fi channel changes, set-top box resets, dispatching field techs; tickets in the Salesforce CRM; 4.8/5 customer rating.
Customer Service Associate — Verizon retail store — 2022–2024 (phone setup, data transfers)`,
    },
    {
      id: "it-08-mixed",
      label: "mixed",
      grade: 5,
      missingMustHave: false,
      note: "A+ current and a bit over two years of desktop support, but in an all-Mac design agency on Jamf and Google Workspace with Zendesk; only light Windows and no Active Directory/M365 admin. Certification and years met; the Windows/AD/M365 core only thinly.",
      answers: [
        { question: APLUS_Q, answer: "Yes, 2024" },
        { question: YEARS_Q, answer: "2" },
        { question: RATE_Q, answer: "Yes" },
      ],
      resumeText: `Noah Patel
Charlotte, NC

IT Support Specialist — BrightWave Creative (120-person design agency) — Aug 2024 – Present
• Support MacBook Pros and Mac Studios: Jamf Pro enrollment and policies, macOS upgrades
• Google Workspace admin: users, groups, Drive sharing; Okta SSO resets
• Zendesk queue owner; Adobe CC licensing; printers and the office Meraki Wi-Fi
• Set up a handful of Windows PCs for the finance team
IT Intern — BrightWave Creative — May 2024 – Aug 2024

CompTIA A+ (2024) · Apple Certified Support Professional (2025)`,
    },
    {
      id: "it-09-overqualified",
      label: "overqualified",
      grade: 4,
      missingMustHave: false,
      note: "Twelve years, now a systems administrator and IT manager (Windows Server, VMware, Azure, firewalls); holds a lifetime A+ from 2009 plus MCSE and CCNA. Meets every must-have on paper but wants $45/hr against $23–27 and has not done deskside work in years; a flight risk for a contract desktop seat.",
      answers: [
        { question: APLUS_Q, answer: "Yes (2009, good-for-life)" },
        { question: YEARS_Q, answer: "12" },
        { question: RATE_Q, answer: "No — looking for $45/hr" },
      ],
      resumeText: `Gregory Stanfield — IT Manager / Senior Systems Administrator
Matthews, NC

Summary: 12 years in IT, from help desk to running infrastructure for a 400-person manufacturer. Windows Server, Active Directory, Group Policy, Exchange hybrid to M365 migration, VMware vSphere, Azure, Fortinet, Veeam. Manage a team of 3 and a $1.1M IT budget.

IT Manager, Carolina Precision Plastics — 2019 – Present
Systems Administrator, Carolina Precision Plastics — 2016 – 2019
Desktop Support Technician, Bank of America (contract) — 2013 – 2016
Help Desk Analyst, Robert Half Technology — 2012 – 2013

CompTIA A+ (2009), MCSE: Core Infrastructure, CCNA`,
    },
    {
      id: "it-10-threshold",
      label: "threshold-miss",
      grade: 5,
      missingMustHave: false,
      note: "A+, AD and M365 admin, ServiceNow — everything asked for, but one year eight months of help desk against '2+ years'. Just under the number; a recruiter might still submit, so not a clear miss.",
      answers: [
        { question: APLUS_Q, answer: "Yes" },
        { question: YEARS_Q, answer: "1.5" },
        { question: RATE_Q, answer: "Yes" },
      ],
      resumeText: `Sofia Ramirez
Charlotte, NC

IT Help Desk Technician, Novant Health (via Robert Half) — March 2025 – Present
Tier 1 phones and Teams chat for clinical and corporate staff: AD unlocks and group changes, new-user setups in M365 (mailbox, license, MFA), ServiceNow tickets within SLA, laptop swaps and reimages, badge-printer fixes.

Retail Sales Associate, Best Buy — 2021 – 2025

CompTIA A+ (2025) · A.A.S. Computer Information Technology, Central Piedmont CC (2024)`,
    },
    {
      id: "it-11-unusual-order",
      label: "unusual-order",
      grade: 8,
      missingMustHave: false,
      note: "Credentials and education first, skills second, and work history last in oldest-first order: A+, three years of school-district and hospital desktop support, AD/M365, Intune and ServiceNow. Meets every requirement once read to the end.",
      answers: [
        { question: APLUS_Q, answer: "Yes" },
        { question: YEARS_Q, answer: "3" },
      ],
      resumeText: `KEVIN O'NEAL

CERTIFICATIONS
CompTIA A+ (2022) · CompTIA Network+ (2023) · ITIL 4 Foundation (2024)

EDUCATION
A.A.S. Network Technology, Rowan-Cabarrus Community College, 2022

SKILLS
Windows 10/11, Active Directory, Microsoft 365 admin center, Exchange Online, Intune, ServiceNow, Lansweeper, Dell/HP/Lenovo hardware, Zebra and HP printers

WORK HISTORY (oldest first)
2022 – 2024 — Technology Support Technician, Cabarrus County Schools: deskside support and imaging for 3 schools (1,100 staff and student devices); AD and Google accounts.
2024 – Present — Desktop Support Technician, Atrium Health Cabarrus: Tier 2 deskside on clinical floors, workstation-on-wheels, AD/M365 accounts, ServiceNow, Intune enrollments.`,
    },
  ],
};

import { accountant } from "./accountant";
import { analyst } from "./analyst";
import { backend } from "./backend";
import { chef } from "./generalisation/chef";
import { civilEngineer } from "./generalisation/civil-engineer";
import { customerSuccess } from "./generalisation/customer-success";
import { dentalHygienist } from "./generalisation/dental-hygienist";
import { electrician } from "./generalisation/electrician";
import { hrGeneralist } from "./generalisation/hr-generalist";
import { paralegal } from "./generalisation/paralegal";
import { pharmacist } from "./generalisation/pharmacist";
import { productDesigner } from "./generalisation/product-designer";
import { teacher } from "./generalisation/teacher";
import { uxResearcher } from "./generalisation/ux-researcher";
import { warehouse } from "./generalisation/warehouse";
import { claimsAdjuster } from "./dev2/claims-adjuster";
import { labScientist } from "./dev2/lab-scientist";
import { medicalCoder } from "./dev2/medical-coder";
import { physicalTherapist } from "./dev2/physical-therapist";
import { socialWorker } from "./dev2/social-worker";
import { landSurveyor } from "./dev3/land-surveyor";
import { radTech } from "./dev3/radiologic-technologist";
import { speechPathologist } from "./dev3/speech-pathologist";
import { underwriter } from "./dev3/underwriter";
import { courtReporter } from "./dev4/court-reporter";
import { windTechnician } from "./dev4/wind-technician";
import { arborist } from "./dev5/arborist";
import { cncMachinist } from "./dev6/cnc-machinist";
import { clinicalResearchCoordinator } from "./dev6/clinical-research-coordinator";
import { eventPlanner } from "./dev6/event-planner";
import { telecommunicator } from "./dev6/telecommunicator";
import { aircraftMaintenanceTechnician } from "./dev7/aircraft-maintenance-technician";
import { clinicalDietitian } from "./dev7/clinical-dietitian";
import { constructionSuperintendent } from "./dev7/construction-superintendent";
import { grantWriter } from "./dev7/grant-writer";
import { bankBranchManager } from "./dev8/bank-branch-manager";
import { cdlDriver } from "./dev8/cdl-a-driver";
import { qaEngineer } from "./dev8/qa-engineer";
import { schoolCounselor } from "./dev8/school-counselor";
import { helpDeskTechnician } from "./dev9/help-desk-technician";
import { medicalAssistant } from "./dev9/medical-assistant";
import { propertyManager } from "./dev9/property-manager";
import { structuralWelder } from "./dev9/structural-welder";
import { ecommerceMarketingManager } from "./dev10/ecommerce-marketing-manager";
import { massageTherapist } from "./dev10/massage-therapist";
import { pharmacyTechnician } from "./dev10/pharmacy-technician";
import { waterTreatmentOperator } from "./dev10/water-treatment-operator";
import { hvacTechnician } from "./heldout/hvac-technician";
import { payrollSpecialist } from "./heldout/payroll-specialist";
import { vetTechnician } from "./heldout/vet-technician";
import { logistics } from "./logistics";
import { nurse } from "./nurse";
import { sales } from "./sales";
import type { EvalPosting } from "./types";

export type { EvalPosting, EvalResume, CaseLabel } from "./types";

/** The fixed "now" for the evaluation set; "Present" in resumes means this date. */
export const EVAL_AS_OF = new Date("2026-11-01T00:00:00Z");

/** The original set, written alongside the engine. */
export const original: EvalPosting[] = [backend, nurse, analyst, sales, logistics, accountant];

/**
 * Twelve occupations the engine was never written for, graded before any tuning (issue 15):
 * six to tune on (dev) and six to report only (test).
 */
export const generalisation: EvalPosting[] = [
  electrician,
  pharmacist,
  uxResearcher,
  warehouse,
  teacher,
  chef,
  paralegal,
  customerSuccess,
  civilEngineer,
  hrGeneralist,
  productDesigner,
  dentalHygienist,
];

/**
 * Three more occupations written and graded after the engine's generalisation work, before the
 * engine ever scored them (own commit): test only, so the reported test figures rest on more than
 * six postings.
 */
export const heldout: EvalPosting[] = [vetTechnician, payrollSpecialist, hvacTechnician];

/**
 * Five more occupations for dev (issue 15: grow dev, find general failure modes there), written
 * and graded in their own commit before the engine scored them. Dev only: tuned on.
 */
export const devGrowth: EvalPosting[] = [physicalTherapist, socialWorker, claimsAdjuster, labScientist, medicalCoder];

/**
 * Three more dev occupations (land surveyor, school speech-language pathologist, commercial lines
 * underwriter), graded in their own commit before the engine scored them, written to show on dev
 * the test split's failure mode: genuine evidence in words the vocabulary lacks. Then a fourth
 * (radiologic technologist, public-sector posting style), also graded in its own commit first.
 */
export const devGrowth3: EvalPosting[] = [landSurveyor, speechPathologist, underwriter, radTech];

/**
 * Two more dev occupations (deposition court reporter, wind turbine service technician) in posting
 * styles unlike the others (second-person prose with no requirement headings; a pipe-separated
 * 'Requirement | Level' table), graded in their own commit before the engine scored them.
 */
export const devGrowth4: EvalPosting[] = [courtReporter, windTechnician];

/**
 * One more dev occupation (arborist crew leader): a terse posting stating its requirements only as
 * 'You will …' responsibilities, resumes as a summary paragraph plus employers or bullet-free
 * prose in their own words, graded in its own commit before the engine scored it.
 */
export const devGrowth5: EvalPosting[] = [arborist];

/**
 * Four more dev occupations (CNC machinist / programmer, 911 public-safety telecommunicator,
 * clinical research coordinator, corporate event planner), one in each of four posting styles
 * (question headings; a county class specification with minimum, preferred and special
 * requirements; a long corporate ad with 'What you bring' and 'Nice to have'; bold '**Must-haves**'
 * with a run-on 'Bonus points' paragraph), every hard case, graded in their own commit before the
 * engine scored them.
 */
export const devGrowth6: EvalPosting[] = [cncMachinist, telecommunicator, clinicalResearchCoordinator, eventPlanner];

/**
 * Four more dev occupations (Part 121 aircraft maintenance technician, NHS clinical dietitian,
 * commercial construction superintendent, nonprofit grant writer / development officer), one in
 * each of four posting styles (a US HR template with 'Essential Duties and Responsibilities',
 * 'Qualifications' and 'Physical Demands'; a UK person specification table of Essential and
 * Desirable criteria; a LinkedIn post with emoji bullets, 'You might be a fit if…' and 'Even better
 * if…'; a terse Indeed ad under 120 words with no headings), strong candidates written in their
 * trade's own vocabulary, every hard case, graded in their own commit before the engine scored them.
 */
export const devGrowth7: EvalPosting[] = [
  aircraftMaintenanceTechnician,
  clinicalDietitian,
  constructionSuperintendent,
  grantWriter,
];

/**
 * Four more dev occupations (CDL-A regional truck driver, K-12 school counselor, licensed retail
 * bank branch manager, senior QA / test automation engineer), one in each of four posting styles
 * (a Workday requisition with 'Basic Qualifications', 'Preferred Qualifications', 'Additional
 * Information', legal text and posting-ID lines; a Greenhouse tech ad with 'What you'll bring',
 * 'Bonus points', compensation and a long values section; a school district posting with
 * 'Qualifications' in state licensure language, 'Reports to', 'Terms of employment' and
 * 'Application procedure'; a short trucking ad with a one-line comma-list 'Requirements:', pay per
 * mile, home time, sign-on bonus and 'Call or text' lines), three strong and two synonyms-only
 * candidates each written in their trade's own vocabulary, every hard case, graded in their own
 * commit before the engine scored them.
 */
export const devGrowth8: EvalPosting[] = [cdlDriver, schoolCounselor, bankBranchManager, qaEngineer];

/**
 * Four more dev occupations (structural welder, certified medical assistant in a federal outpatient
 * clinic, desktop support / help desk technician, residential multifamily property manager), one in
 * each of four posting styles (Indeed's 'Job details' layout with 'Experience: … (Required)' and
 * 'License/Certification:' entries; a USAJobs announcement with 'Conditions of Employment' and
 * 'Specialized Experience' defined at the next lower GS grade; a staffing-agency ad, 'Our client, a
 * leading …', 'Position Highlights', 'Why work with us?' and a recruiter's name; one long paragraph
 * with no headings and requirements inside narrative sentences), strong and synonyms-only
 * candidates in their trade's own vocabulary, every hard case, graded in their own commit before
 * the engine scored them.
 *
 * Scored once when it arrived (NDCG@5 0.692, Spearman 0.445, pairwise 0.665; the USAJobs
 * announcement gave 27 criteria, most of them its fine print), then tuned on in the next round
 * (ADR 047, Amendment 5).
 */
export const devGrowth9: EvalPosting[] = [structuralWelder, medicalAssistant, helpDeskTechnician, propertyManager];

/**
 * Four more dev occupations (hospital inpatient pharmacy technician in an IV room, licensed massage
 * therapist at a sports-medicine clinic, drinking water treatment plant operator on a federal base,
 * e-commerce marketing manager at a Shopify DTC brand), one in each of four posting styles (a
 * markdown posting with a 'Skill | Must/Nice | Notes' requirements table whose notes carry the
 * thresholds and exclusions; a Craigslist/Facebook ad under 120 words in casual lowercase run-on
 * sentences with pay and tips in dollars; a Government of Canada statement of merit criteria with
 * 'Essential qualifications', 'Asset qualifications', 'Operational requirements' and 'Conditions of
 * employment' and a defined 'significant experience'; a recruiter's InMail pasted as the posting,
 * requirements in conversational prose and a P.S.), strong and synonyms-only candidates in their
 * trade's own vocabulary, every hard case, graded in their own commit before the engine scored them.
 *
 * Scored first with the engine as it stood after the dev9 round (NDCG@5 0.607, Spearman 0.429,
 * pairwise 0.639; with the engine from before that round: 0.633, 0.494, 0.663), then tuned on
 * (ADR 047, Amendment 5).
 */
export const devGrowth10: EvalPosting[] = [
  pharmacyTechnician,
  massageTherapist,
  waterTreatmentOperator,
  ecommerceMarketingManager,
];

export const postings: EvalPosting[] = [
  ...original,
  ...generalisation,
  ...devGrowth,
  ...devGrowth3,
  ...devGrowth4,
  ...devGrowth5,
  ...devGrowth6,
  ...devGrowth7,
  ...devGrowth8,
  ...devGrowth9,
  ...devGrowth10,
  ...heldout,
];
export const devPostings = postings.filter((p) => p.split === "dev");
export const testPostings = postings.filter((p) => p.split === "test");

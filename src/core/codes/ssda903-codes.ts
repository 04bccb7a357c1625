import type { CodeListHistory } from './code-list.ts';

/** SSDA903 code lists (datasets.md §2.3) with their changes by return year (§2.4). */

export const sex903: CodeListHistory = {
  name: 'sex (SEX)',
  codes: {
    '1': 'Male',
    '2': 'Female',
  },
  changes: [
    { from: 2025, remove: ['1', '2'], add: { M: 'Male', F: 'Female', U: 'Unknown' }, why: 'SEX became M/F/U in 2024/25' },
  ],
};

export const upnUnknown903: CodeListHistory = {
  name: 'reason UPN unknown',
  codes: {
    UN1: 'Child is not of school age and has not yet been assigned a UPN',
    UN2: 'Child has never attended a maintained school in England',
    UN3: 'Child is educated outside England',
    UN4: 'Child newly looked after / newly referred and UPN not yet known at the time of the return',
    UN5: 'Sources collating UPNs reflect discrepancies in name/DOB, preventing reliable matching',
  },
};

export const mother: CodeListHistory = {
  name: 'mother',
  codes: {
    '0': 'Not a mother',
    '1': 'Is a mother',
  },
};

export const reasonNewEpisode: CodeListHistory = {
  name: 'reason for new episode (RNE)',
  codes: {
    S: 'Started to be looked after (also each new agreement/break under V3/V4 short breaks)',
    L: 'Change of legal status only',
    P: 'Change of placement and carer(s) only',
    T: 'Change of placement (but same carer(s)) only (incl. same carer but URN / provider type changes)',
    B: 'Change of legal status and placement and carer(s) at the same time',
    U: 'Change of legal status and change of placement (but same carer(s)) at the same time',
  },
};

export const legalStatus: CodeListHistory = {
  name: 'legal status (LS)',
  codes: {
    C1: 'Interim care order',
    C2: 'Full care order',
    D1: 'Freeing order granted',
    E1: 'Placement order granted',
    V2: 'Single period of accommodation under section 20 (Children Act 1989)',
    V3: 'Accommodated under an agreed series of short-term breaks, when individual episodes of care are recorded',
    V4: 'Accommodated under an agreed series of short-term breaks, when agreements are recorded (NOT individual episodes of care)',
    L1: 'Under police protection and in local authority accommodation',
    L2: 'Emergency protection order (EPO)',
    L3: 'Under child assessment order and in local authority accommodation',
    J1: 'Remanded to local authority accommodation or to youth detention accommodation',
    J2: 'Placed in LA accommodation under the Police and Criminal Evidence Act 1984, including secure accommodation (not necessarily where the child would be detained)',
    J3: 'Sentenced to Youth Rehabilitation Order (CJIA 2008 as amended by LASPOA 2012) with residence or intensive fostering requirement',
  },
};

export const categoryOfNeed: CodeListHistory = {
  name: 'category of need (CIN)',
  codes: {
    N1: 'Abuse or neglect',
    N2: 'Child\'s disability',
    N3: 'Parental illness or disability',
    N4: 'Family in acute stress',
    N5: 'Family dysfunction',
    N6: 'Socially unacceptable behaviour',
    N7: 'Low income',
    N8: 'Absent parenting',
  },
};

export const placement: CodeListHistory = {
  name: 'placement type (PLACE)',
  codes: {
    A3: 'Placed for adoption with parental/guardian consent with current foster carer(s) (s19 ACA 2002, or freeing order with consent s18(1)(a) AA 1976)',
    A4: 'Placed for adoption with parental/guardian consent not with current foster carer(s)',
    A5: 'Placed for adoption with placement order with current foster carer(s) (s21 ACA 2002, or freeing order, consent dispensed s18(1)(b))',
    A6: 'Placed for adoption with placement order not with current foster carer(s)',
    H5: 'Semi-independent living accommodation not subject to children\'s homes regulations',
    K1: 'Secure children\'s homes',
    K2: 'Children\'s homes subject to Children\'s Homes Regulations',
    P1: 'Placed with own parent(s) or other person(s) with parental responsibility',
    P2: 'Independent living, e.g. flat, lodgings, bedsit, B&B or with friends, with or without formal support',
    P3: 'Residential employment',
    R1: 'Residential care home',
    R2: 'NHS/health trust or other establishment providing medical or nursing care',
    R3: 'Family centre or mother and baby unit',
    R5: 'Young offender institution (YOI)',
    S1: 'All residential schools, except where dual-registered as a school and children\'s home',
    T0: 'All types of temporary move',
    T1: 'Temporary periods in hospital',
    T2: 'Temporary absences of the child on holiday',
    T3: 'Temporary accommodation whilst normal foster carer(s) is/are on holiday',
    T4: 'Temporary accommodation of seven days or less, for any reason, not covered by T1-T3',
    U1: 'Foster placement with relative(s) or friend(s) - long term fostering',
    U2: 'Fostering placement with relative(s) or friend(s) who is/are also approved adopter(s) - fostering for adoption / concurrent planning',
    U3: 'Fostering placement with relative(s) or friend(s) - not long term or FFA/concurrent planning',
    U4: 'Foster placement with other foster carer(s) - long term fostering',
    U5: 'Foster placement with other foster carer(s) who is/are also approved adopter(s) - FFA / concurrent planning',
    U6: 'Foster placement with other foster carer(s) - not long term or FFA / concurrent planning',
    Z1: 'Other placements (must be listed on a schedule sent to DfE with the annual submission)',
  },
  changes: [
    { from: 2025, remove: ['H5', 'P2'], add: { K3: 'Registered supported accommodation' }, why: 'semi-independent and independent living replaced by registered supported accommodation' },
    {
      from: 2026,
      add: { Z11: 'Other placement (Z11)', Z12: 'Other placement (Z12)', Z13: 'Other placement (Z13)', Z14: 'Other placement (Z14)' },
      why: 'new sub-codes of other placement; the DfE labels were not in the sources available',
    },
  ],
};

export const placementProvider: CodeListHistory = {
  name: 'placement provider (PLACE_PROVIDER)',
  codes: {
    PR0: 'Parent(s) or other person(s) with parental responsibility',
    PR1: 'Own provision (by the LA), incl. a regional adoption agency where the child\'s responsible LA is the host authority',
    PR2: 'Other LA provision, incl. a regional adoption agency where another LA is the host authority',
    PR3: 'Other public provision (e.g. a primary care trust)',
    PR4: 'Private provision',
    PR5: 'Voluntary/third sector provision',
  },
};

export const reasonEpisodeCeased: CodeListHistory = {
  name: 'reason episode ceased (REC)',
  codes: {
    X1: 'Episode ceases, and new episode begins on same day, for any reason (i.e. NOT leaving care)',
    E11: 'Adopted - application for an adoption order unopposed',
    E12: 'Adopted - consent dispensed with by the court',
    E2: 'Died',
    E3: 'Care taken over by another local authority in the UK',
    E4A: 'Returned home to live with parent(s), relative(s) or other person(s) with parental responsibility as part of the care planning process (not under SGO / residence order / CAO)',
    E4B: 'Returned home ... which was not part of the current care planning process',
    E13: 'Left care to live with parent(s), relative(s) or other person(s) with no parental responsibility',
    E41: 'Residence order (from 22 April 2014 a child arrangements order setting out with whom the child is to live) granted',
    E43: 'Special guardianship made to former foster carers',
    E44: 'Special guardianship made to carers other than former foster carers',
    E5: 'Moved into independent living arrangement, supportive accommodation with formalised advice/support (hostels, YMCA, foyers, staying close, care leaver projects)',
    E6: 'Moved into independent living arrangement with no formalised advice/support (bedsit, own flat, with friends)',
    E7: 'Transferred to residential care funded by adult social care services',
    E9: 'Sentenced to custody',
    E14: 'Accommodation on remand ended',
    E15: 'Age assessment determined child is aged 18 or over and E5-E7 do not apply (e.g. age-disputed UASC)',
    E16: 'Child moved abroad',
    E17: 'Aged 18 (or over) and remained with current carers (incl. staying put)',
    E8: 'Period of being looked after ceased for any other reason',
  },
  changes: [
    {
      from: 2019,
      remove: ['E43', 'E44'],
      add: {
        E45: 'SGO made to former foster carer(s) who was/are relative(s) or friend(s)',
        E46: 'SGO made to former foster carer(s) other than relative(s) or friend(s)',
        E47: 'SGO made to carer(s) other than former foster carer(s) who was/are relative(s) or friend(s)',
        E48: 'SGO made to carer(s) other than former foster carer(s), other than relative(s) or friend(s)',
      },
      why: 'special guardianship split by carer type',
    },
  ],
};

export const reasonPlaceChange: CodeListHistory = {
  name: 'reason for placement change',
  codes: {
    CARPL: 'Change to/implementation of care plan',
    CLOSE: 'Resignation / closure of provision',
    ALLEG: 'Allegation (s47)',
    STAND: 'Standards of care concern',
    APPRR: 'Approval removed',
    CREQB: 'Carer(s) requests placement end due to child\'s behaviour',
    CREQO: 'Carer(s) requests placement end other than due to child\'s behaviour',
    CHILD: 'Child requests placement end',
    LAREQ: 'Responsible/area authority requests placement end',
    PLACE: 'Change in the status of placement only',
    OTHER: 'Other',
  },
  changes: [
    { from: 2019, add: { CUSTOD: 'Custody arrangement' } },
  ],
};

export const reviewCode: CodeListHistory = {
  name: 'review participation (REVIEW_CODE)',
  codes: {
    PN0: 'Child aged under 4 at the time of the review',
    PN1: 'Child physically attends and speaks for him or herself',
    PN2: 'Child physically attends and an advocate speaks on his or her behalf',
    PN3: 'Child attends and conveys his or her view symbolically (non-verbally)',
    PN4: 'Child physically attends but does not speak, convey views symbolically or ask an advocate to speak',
    PN5: 'Child does not attend physically but briefs an advocate to speak for him or her',
    PN6: 'Child does not attend but conveys feelings by a facilitative medium (text, written, phone, audio/video, viewpoint)',
    PN7: 'Child does not attend nor are his or her views conveyed to the review',
  },
};

export const missingType: CodeListHistory = {
  name: 'missing or away (MISSING)',
  codes: {
    M: 'Missing from care: not at placement or expected place and whereabouts not known',
    A: 'Away from placement without authorisation: whereabouts known, carer concerned or incident notified to LA/police',
  },
};

export const sdqReason: CodeListHistory = {
  name: 'reason for no SDQ score',
  codes: {
    SDQ1: 'No form returned as child was aged under 4 or over 16 at date of latest assessment',
    SDQ2: 'Carer(s) refused to complete and return questionnaire',
    SDQ3: 'Not possible to complete due to severity of the child\'s disability',
    SDQ4: 'Other',
    SDQ5: 'Child or young person refuses to allow an SDQ to be completed',
  },
};

export const inTouch: CodeListHistory = {
  name: 'in touch (IN_TOUCH)',
  codes: {
    DIED: 'died after leaving care',
    REFU: 'young person refuses contact',
    NREQ: 'young person no longer requires services',
    RHOM: 'returned to live with parents / someone with PR for a continuous period of 6 months or more',
    YES: 'In touch',
    NO: 'Not in touch',
  },
};

export const activity: CodeListHistory = {
  name: 'activity (ACTIV)',
  codes: {
    F1: 'Full-time in higher education',
    P1: 'Part-time in higher education',
    F2: 'Full-time in education other than higher education',
    P2: 'Part-time in education other than higher education',
    F3: 'Full-time in training or employment',
    P3: 'Part-time in training or employment',
    G4: 'Not in education, employment or training: illness or disability',
    G5: 'Not in education, employment or training: other circumstances',
    G6: 'Not in education, employment or training: pregnancy or parenting',
    '0': 'Not in touch, died or returned home: activity not known',
  },
  changes: [
    {
      from: 2022,
      remove: ['F3', 'P3'],
      add: { F4: 'Full-time apprenticeship', P4: 'Part-time apprenticeship', F5: 'Full-time training or employment (not apprenticeship)', P5: 'Part-time training or employment (not apprenticeship)' },
    },
  ],
};

export const accommodation: CodeListHistory = {
  name: 'accommodation (ACCOM)',
  codes: {
    B1: 'With parent(s) or relative(s), suitable',
    B2: 'With parent(s) or relative(s), not suitable',
    C1: 'Community home or other residential care (e.g. NHS establishment), suitable',
    C2: 'Community home or other residential care (e.g. NHS establishment), not suitable',
    D1: 'Semi-independent transitional accommodation; self-contained with specialist or floating support, suitable',
    D2: 'Semi-independent transitional accommodation; self-contained with specialist or floating support, not suitable',
    E1: 'Supported lodgings, suitable',
    E2: 'Supported lodgings, not suitable',
    G1: 'Gone abroad, suitable',
    G2: 'Gone abroad, not suitable',
    H1: 'Deported, suitable',
    H2: 'Deported, not suitable',
    K1: 'Ordinary lodgings without formal support, suitable',
    K2: 'Ordinary lodgings without formal support, not suitable',
    R1: 'Residence not known, suitable',
    R2: 'Residence not known, not suitable',
    S1: 'No fixed abode / homeless, suitable',
    S2: 'No fixed abode / homeless, not suitable',
    T1: 'Foyers and similar supported accommodation combined with education/training/employment, suitable',
    T2: 'Foyers and similar supported accommodation combined with education/training/employment, not suitable',
    U1: 'Independent living (own tenancy, student accommodation, flat sharing), suitable',
    U2: 'Independent living (own tenancy, student accommodation, flat sharing), not suitable',
    V1: 'Emergency accommodation (night shelter, direct access, emergency hostel), suitable',
    V2: 'Emergency accommodation (night shelter, direct access, emergency hostel), not suitable',
    W1: 'Bed and breakfast, suitable',
    W2: 'Bed and breakfast, not suitable',
    X1: 'In custody, suitable',
    X2: 'In custody, not suitable',
    Y1: 'Other accommodation, suitable',
    Y2: 'Other accommodation, not suitable',
    Z1: 'With former foster carer(s) (staying put; not for 17-year-olds), suitable',
    Z2: 'With former foster carer(s) (staying put; not for 17-year-olds), not suitable',
    '0': 'Not in touch / died / returned home 6+ months',
  },
};

export const previousPermanence: CodeListHistory = {
  name: 'previous permanence (PREV_PERM)',
  codes: {
    P1: 'Adoption',
    P2: 'Special guardianship order',
    P3: 'Residence order or child arrangements order setting out with whom the child is to live',
    P4: 'Unknown',
    Z1: 'Child has not previously had a permanence option',
  },
};

export const reasonPlacedCeased: CodeListHistory = {
  name: 'reason placed for adoption ceased',
  codes: {
    RD1: 'The child\'s needs changed subsequent to the decision',
    RD2: 'The court did not make a placement order',
    RD3: 'Prospective adopters could not be found',
    RD4: 'Any other reason',
  },
};

export const sexOfAdopters: CodeListHistory = {
  name: 'sex of adopters (SEX_ADOPTR)',
  codes: {
    M1: 'Single male',
    F1: 'Single female',
    MM: 'Couple, both male',
    FF: 'Couple, both female',
    MF: 'Couple, male and female',
  },
};

export const legalStatusOfAdopters: CodeListHistory = {
  name: 'legal status of adopters (LS_ADOPTR)',
  codes: {
    L0: 'Single adopter',
    L11: 'Married couple, different sex',
    L12: 'Married couple, same sex',
    L2: 'Civil partners',
    L3: 'Unmarried couple (male and female)',
    L4: 'Unmarried couple (same sex)',
  },
};

export const socialWorkerChangeReason: CodeListHistory = {
  name: 'reason for change of social worker (SW_REASON)',
  codes: {
  },
  changes: [
    {
      from: 2024,
      add: {
        MANAGE: 'Managing caseloads',
        FCONTA: 'First contact or re-referral',
        LEFTRL: 'Social worker left the role',
        ORGRST: 'Organisational restructure',
        TSPROC: 'Transfer due to standard process',
        ABSENC: 'Absence cover or return from absence',
        CHCHAN: 'Child requested change',
        PCCHAN: 'Parent or carer requested change',
        SWDIED: 'Social worker died',
        OTHERS: 'Other',
      },
      why: 'social worker episodes table added in 2023/24; labels inferred from DfE publications (datasets.md §2.3)',
    },
  ],
};

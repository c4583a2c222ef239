"""The unseen plans: realistic UK partnership action plans in layouts the samples lack.

Text and markdown plans are files beside this module; Word, Excel, CSV and PDF plans are
written here from their rows, so the binary files never need committing. Bodies are real
public bodies; people are generic role holders, or obviously fictional ("Cllr Jo Bloggs").
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook

from tests.ingest.plan_files import csv_plan, pdf_plan
from tests.ingest.unseen.writers import (
    Grid,
    Heading,
    Paragraph,
    Section,
    Sheet,
    word_document,
    workbook,
)

HERE = Path(__file__).resolve().parent

# -- 1. Word: priorities as headings between tables, bold lead in another table ------------

SHEFFIELD_FILE = "new-arrivals-action-plan-2023-24.docx"


def sheffield_word() -> bytes:
    housing = ["Ref", "Action", "Lead Officer", "Partners", "By When", "RAG"]
    shared = ["Ref", "Action", "Lead and partners", "By When", "RAG"]
    return word_document(
        [
            Heading("New Arrivals Action Plan 2023/24", level=0),
            Paragraph(
                "This action plan has been agreed by the Sheffield New Arrivals Partnership. "
                "It sets out what partners will do in 2023/24 to help people seeking sanctuary "
                "settle in the city."
            ),
            Heading("Priority 1: Housing"),
            Grid(
                housing,
                [
                    [
                        "1.1",
                        "Agree a move-on protocol for newly recognised refugees leaving asylum "
                        "accommodation",
                        "Housing Solutions Manager, Sheffield City Council",
                        "Migrant Help; Mears Group; Home Office",
                        "30 June 2023",
                        "Green",
                    ],
                    [
                        "1.2",
                        "Publish a guide to private renting for new arrivals in five community "
                        "languages",
                        "Private Housing Standards Team",
                        "Shelter, ASSIST Sheffield",
                        "September 2023",
                        "Amber",
                    ],
                    [
                        "1.3",
                        "Train frontline housing staff on the rights and entitlements of refugees",
                        "Refugee Council",
                        "Sheffield City Council",
                        "Q3",
                        "Green",
                    ],
                ],
            ),
            Heading("Priority 2: Employment and Skills"),
            Grid(
                shared,
                [
                    [
                        "2.1",
                        "Run a quarterly jobs fair for refugees with local employers",
                        ["**Jobcentre Plus**", "Sheffield Chamber of Commerce", "Refugee Council"],
                        "Quarterly",
                        "Green",
                    ],
                    [
                        "2.2",
                        "Commission extra ESOL classes with childcare, in the evenings and at "
                        "weekends",
                        [
                            "The Sheffield College",
                            "**Sheffield City Council**",
                            "Workers' Educational Association",
                        ],
                        "December 2023",
                        "Amber",
                    ],
                    [
                        "2.3",
                        "Offer requalification advice to refugee doctors and nurses",
                        [
                            "**Sheffield Teaching Hospitals NHS Foundation Trust**",
                            "Refugee Council",
                        ],
                        "March 2024",
                        "Red",
                    ],
                ],
            ),
            Heading("Priority 3: Health and Wellbeing"),
            Grid(
                housing,
                [
                    [
                        "3.1",
                        "Register every new arrival with a GP within four weeks of arrival",
                        "Primary Care Commissioning Manager, NHS South Yorkshire ICB",
                        "Migrant Help, British Red Cross",
                        "Ongoing",
                        "Green",
                    ],
                    [
                        "3.2",
                        "Deliver mental health first aid training to community volunteers",
                        "Sheffield City Council Public Health",
                        "City of Sanctuary Sheffield",
                        "31/01/2024",
                        "Amber",
                    ],
                ],
            ),
        ]
    )


# -- 2. Excel: a tracker with one sheet per theme, columns in another order ----------------

KENT_FILE = "asylum-dispersal-tracker.xlsx"
KENT_TITLE = "Kent and Medway Asylum Dispersal Partnership – Action Tracker 2024/25"
KENT_HEADER = ["Status", "Owner", "Task", "Deadline", "Update"]


def kent_workbook() -> bytes:
    return workbook(
        [
            Sheet(
                "Health",
                KENT_HEADER,
                [
                    [
                        "In progress",
                        "NHS Kent and Medway",
                        "Offer an initial health assessment to every resident of contingency "
                        "hotels within 10 days of arrival",
                        dt.date(2024, 6, 30),
                        "78% seen within 10 days in Q4",
                    ],
                    [
                        "Not started",
                        "Kent County Council Public Health",
                        "Commission a TB screening pathway for new arrivals from high incidence "
                        "countries",
                        dt.date(2024, 9, 30),
                        "Awaiting funding decision",
                    ],
                    [
                        "Complete",
                        "Medway Council",
                        "Publish a list of GP practices registering patients without proof of "
                        "address",
                        dt.date(2024, 4, 30),
                        "Published on the council website",
                    ],
                ],
                title=KENT_TITLE,
            ),
            Sheet(
                "Education",
                KENT_HEADER,
                [
                    [
                        "In progress",
                        "Kent County Council",
                        "Offer every school-age child a school place within 20 school days of "
                        "arrival",
                        dt.date(2024, 7, 31),
                        "",
                    ],
                    [
                        "In progress",
                        "Kent Adult Education",
                        "Run pre-entry ESOL classes in each dispersal district",
                        dt.date(2024, 12, 31),
                        "Classes running in 9 of 12 districts",
                    ],
                ],
                title=KENT_TITLE,
            ),
            Sheet(
                "Community Safety",
                KENT_HEADER,
                [
                    [
                        "Ongoing",
                        "Kent Police",
                        "Hold monthly community safety briefings with accommodation providers",
                        "Monthly",
                        "Briefings held since January",
                    ],
                    [
                        "In progress",
                        "Kent Police / Medway Council",
                        "Run a third-party hate crime reporting campaign in Gravesend and Chatham",
                        dt.date(2024, 10, 31),
                        "Campaign materials in design",
                    ],
                ],
                title=KENT_TITLE,
            ),
        ]
    )


# -- 3. CSV: an export from a project-management tool --------------------------------------

LEICESTER_FILE = "leicester-integration-programme-export.csv"
LEICESTER_HEADER = [
    "ID",
    "Workstream",
    "Deliverable",
    "Responsible Organisation",
    "Supporting Organisations",
    "Target Date",
    "Progress %",
]


def leicester_csv() -> bytes:
    rows = [
        [
            "D-01",
            "Language",
            "Establish a single ESOL referral point for Leicester and Leicestershire",
            "Leicester City Council",
            "Leicester College; Leicestershire County Council",
            "31/03/2024",
            "60%",
        ],
        [
            "D-02",
            "Language",
            "Recruit 40 volunteer conversation club leaders",
            "Leicestershire County Council",
            "Voluntary Action LeicesterShire",
            "30/09/2023",
            "100%",
        ],
        [
            "D-03",
            "Employment",
            "Broker work placements with NHS employers for refugees with health qualifications",
            "University Hospitals of Leicester NHS Trust",
            "Jobcentre Plus; Refugee Council",
            "31/12/2023",
            "25%",
        ],
        [
            "D-04",
            "Employment",
            "Provide employability mentoring to 100 refugees",
            "Leicester City Council",
            "Jobcentre Plus, Department for Work and Pensions",
            "31/03/2024",
            "45%",
        ],
        [
            "D-05",
            "Housing",
            "Map the supply of shared housing suitable for single refugees",
            "Leicester City Council",
            "",
            "30/06/2024",
            "0%",
        ],
        [
            "D-06",
            "Community",
            "Hold welcome events for new arrivals in city libraries",
            "Leicester City Council Libraries",
            "City of Sanctuary Leicester, British Red Cross",
            "30/11/2023",
            "80%",
        ],
    ]
    return csv_plan(rows, LEICESTER_HEADER)


# -- 5. PDF: a ruled table breaking across pages under a repeated header --------------------

LINCOLNSHIRE_FILE = "lincolnshire-migration-forum-delivery-plan.pdf"
LINCOLNSHIRE_HEADER = [
    "No.",
    "Objective",
    "Actions",
    "Lead Agency",
    "Partners",
    "Timescale",
    "Measure of success",
]
_WORK = "Help migrant workers find safe, fairly paid work"
_HOMES = "Improve the standard of housing in multiple occupation"
_CONNECT = "Build connections between new and settled communities"


def lincolnshire_rows() -> list[list[str]]:
    """Twelve actions; long cells, so the table runs over several pages."""
    return [
        [
            "1",
            _WORK,
            "Hold labour rights drop-in sessions in Boston and Spalding with interpreters for "
            "the main community languages, publicised through employers and community groups",
            "Citizens Advice Lincolnshire",
            "Gangmasters and Labour Abuse Authority; Lincolnshire County Council",
            "March 2023",
            "Twelve sessions held; 300 people advised",
        ],
        [
            "2",
            "",
            "Brief agricultural and food processing employers on the signs of labour "
            "exploitation and how to report them to the authorities",
            "Gangmasters and Labour Abuse Authority",
            "Lincolnshire Police; National Farmers' Union",
            "June 2023",
            "Four briefings; reports of suspected exploitation recorded",
        ],
        [
            "3",
            "",
            "Publish a guide to employment rights in Polish, Lithuanian, Romanian, Bulgarian "
            "and Russian, in print and online",
            "Lincolnshire County Council",
            "Boston Borough Council; South Holland District Council",
            "September 2023",
            "Guide published and distributed to 50 venues",
        ],
        [
            "4",
            "",
            "Offer English for work courses at times that suit shift workers, including "
            "evenings and weekends",
            "Boston College",
            "Jobcentre Plus; Lincolnshire County Council",
            "2023 onwards",
            "Courses running with at least 80 learners a year",
        ],
        [
            "5",
            _HOMES,
            "Carry out joint inspections of houses in multiple occupation where overcrowding or "
            "fire risks are reported by residents or neighbours",
            "Boston Borough Council",
            "Lincolnshire Fire and Rescue; Lincolnshire Police",
            "Ongoing",
            "Inspections carried out within 28 days of a report",
        ],
        [
            "6",
            "",
            "Extend the selective licensing scheme to the wards with the highest numbers of "
            "privately rented homes, following public consultation",
            "Boston Borough Council",
            "Landlords' associations",
            "December 2023",
            "Scheme extended; licence conditions enforced",
        ],
        [
            "7",
            "",
            "Run a tenancy rights awareness campaign with community radio and social media in "
            "the main community languages",
            "Shelter",
            "Citizens Advice Lincolnshire; Boston Borough Council",
            "May 2023",
            "Campaign reaches 5,000 people",
        ],
        [
            "8",
            "",
            "Set up a landlord accreditation scheme with training on tenants' rights and safety "
            "standards for houses in multiple occupation",
            "South Holland District Council",
            "National Residential Landlords Association",
            "March 2024",
            "40 landlords accredited",
        ],
        [
            "9",
            _CONNECT,
            "Fund community events that bring new and settled residents together, including "
            "an annual festival in Boston and smaller events in market towns",
            "Lincolnshire County Council",
            "Boston Borough Council; South Holland District Council; community groups",
            "Annually",
            "At least six events a year; attendance from all communities",
        ],
        [
            "10",
            "",
            "Train community champions to share information about local services with their "
            "communities and to report tensions early",
            "Lincolnshire Community and Voluntary Service",
            "Lincolnshire Police",
            "October 2023",
            "30 champions trained and active",
        ],
        [
            "11",
            "",
            "Monitor community tensions monthly and agree a joint response when tensions rise, "
            "sharing information between the police and councils",
            "Lincolnshire Police",
            "Lincolnshire County Council; Boston Borough Council",
            "Monthly",
            "Tension reports shared monthly; responses agreed within a week",
        ],
        [
            "12",
            "",
            "Review the forum's delivery plan with members and publish a progress report to "
            "the Lincolnshire Community Safety Partnership",
            "Lincolnshire County Council",
            "All forum members",
            "March 2024",
            "Progress report published",
        ],
    ]


def lincolnshire_pdf() -> bytes:
    return pdf_plan(
        lincolnshire_rows(),
        LINCOLNSHIRE_HEADER,
        heading="Lincolnshire Migration Forum Delivery Plan 2022-2024",
        intro=[
            "This delivery plan was prepared by the Lincolnshire Migration Forum, which brings "
            "together the county's councils, police, health services and voluntary groups."
        ],
        bold_first_lead=False,
        font_size=10,
    )


# -- 7. Word: a Welsh partnership's work plan, objectives as paragraphs, "Lead Agency" ------

WALES_FILE = "wsmp-work-plan-2023-24.docx"
WALES_HEADER = ["Action", "Lead Agency", "Partners", "Timescale", "Progress"]


def wales_word() -> bytes:
    return word_document(
        [
            Heading("Wales Strategic Migration Partnership Work Plan 2023/24", level=0),
            Paragraph(
                "The Wales Strategic Migration Partnership is hosted by the Welsh Local "
                "Government Association (WLGA). The partnership brings together the Welsh "
                "Government, the 22 local authorities, the Home Office and the third sector to "
                "plan for asylum, resettlement and integration across Wales."
            ),
            Paragraph("Objective 1: Asylum accommodation and dispersal", bold=True),
            Grid(
                WALES_HEADER,
                [
                    [
                        "Agree a Wales-wide approach to full asylum dispersal with every local "
                        "authority",
                        "WLGA",
                        "Welsh Government, Home Office, Clearsprings Ready Homes",
                        "Q1 2023/24",
                        "Approach agreed by WLGA Council",
                    ],
                    [
                        "Set up a multi-agency forum in each new dispersal area",
                        "Local authorities",
                        "Displaced People in Action, Migrant Help",
                        "Q3 2023/24",
                        "",
                    ],
                ],
            ),
            Paragraph("Objective 2: Integration and Nation of Sanctuary", bold=True),
            Grid(
                WALES_HEADER,
                [
                    [
                        "Refresh the membership of the Nation of Sanctuary delivery group",
                        "Welsh Government",
                        "WLGA, Welsh Refugee Council",
                        "Q2 2023/24",
                        "",
                    ],
                    [
                        "Fund a Wales-wide ESOL assessment hub",
                        "Welsh Government",
                        "Further education colleges, Cardiff and Vale College",
                        "2023/24",
                        "Hub open in Cardiff",
                    ],
                    [
                        "Publish guidance for health boards on health assessments for refugees",
                        "Public Health Wales",
                        "Cardiff and Vale University Health Board, Aneurin Bevan University "
                        "Health Board",
                        "Q2 2024/25",
                        "",
                    ],
                ],
            ),
            Paragraph("Objective 3: Unaccompanied asylum-seeking children", bold=True),
            Grid(
                WALES_HEADER,
                [
                    [
                        "Keep the all-Wales rota for the National Transfer Scheme up to date",
                        "Cardiff Council",
                        "Swansea Council, Newport City Council, Wrexham County Borough Council",
                        "Ongoing",
                        "",
                    ]
                ],
            ),
        ]
    )


# -- 9. CSV: a semicolon-separated Excel export (Windows-1252) with a title row ------------

GLASGOW_FILE = "glasgow-new-scots-action-plan.csv"
GLASGOW_HEADER = ["Ref", "Theme", "Action", "Lead & partner organisations", "Timescale", "Status"]


def glasgow_csv() -> bytes:
    """Excel's "CSV (semicolon delimited)" export: the title row and a blank row come first."""
    rows = [
        ["Glasgow New Scots Partnership – Action Plan 2023/24", "", "", "", "", ""],
        ["", "", "", "", "", ""],
        GLASGOW_HEADER,
        [
            "G1",
            "Employability",
            "Run a refugee employability programme with ESOL built in",
            "Glasgow City Council (lead), Scottish Refugee Council, Jobcentre Plus",
            "Q1 2023/24",
            "On track",
        ],
        [
            "G2",
            "Employability",
            "Help refugees have their qualifications recognised",
            "Scottish Refugee Council (lead), Glasgow Clyde College",
            "Q3 2023/24",
            "On track",
        ],
        [
            "G3",
            "Health",
            "Offer trauma-informed mental health support to New Scots",
            "NHS Greater Glasgow and Clyde (lead), British Red Cross",
            "Q4 2023/24",
            "Delayed",
        ],
        [
            "G4",
            "Housing",
            "Agree a protocol for move-on from asylum accommodation",
            "Glasgow City Council & Mears Group (co-leads), Home Office",
            "Q2 2023/24",
            "Complete",
        ],
        [
            "G5",
            "Housing",
            "Give advice to people with no recourse to public funds",
            "Lead: Glasgow City Council; Partners: Scottish Refugee Council, Citizens Advice "
            "Scotland",
            "Ongoing – reviewed quarterly",
            "On track",
        ],
        [
            "G6",
            "Language",
            "Map ESOL classes across the city and publish them online, costing under £5,000",
            "COSLA Strategic Migration Partnership (lead)",
            "Q2 2024/25",
            "Not started",
        ],
    ]
    return csv_plan(rows[1:], rows[0], delimiter=";", encoding="cp1252")


# -- 10. Excel: a tracker whose header sits under a title, a date, a RAG key and its owner --

DURHAM_FILE = "resettlement-delivery-tracker.xlsx"


def durham_workbook() -> bytes:
    """The header is the sixth row; "Target" holds dates, not measures."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Tracker"
    rows: list[list[object]] = [
        ["Refugee Resettlement Programme – Delivery Tracker 2024"],
        ["Last updated: 01/02/2024"],
        ["RAG key:", "Red = off track", "Amber = at risk", "Green = on track"],
        [],
        ["Tracker owner:", "Resettlement Programme Board"],
        ["Activity", "Objective", "Owner", "Target", "Success measure", "RAG"],
        [
            "Source private rented homes for arriving families",
            "Suitable housing",
            "Durham County Council",
            "March 2024",
            "20 homes secured",
            "Green",
        ],
        [
            "Place every child in a school within 10 school days",
            "Education",
            "Durham County Council",
            dt.date(2024, 5, 31),
            "All children placed",
            "Amber",
        ],
        [
            "Register every family with a GP on arrival",
            "Health",
            "NHS North East and North Cumbria ICB",
            "Q1 2024/25",
            "All families registered",
            "Green",
        ],
        [
            "Offer ESOL to every adult within a month of arrival",
            "Education",
            "Durham County Council Adult Learning",
            "Ongoing",
            "All adults offered classes",
            "Green",
        ],
    ]
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


# -- 11. CSV: start and end date columns, the period only in the file name ----------------

NEWCASTLE_FILE = "newcastle-sanctuary-plan-2023-24.csv"
NEWCASTLE_HEADER = ["Objective", "Action", "Lead", "Partners", "Start Date", "End Date", "Status"]


def newcastle_csv() -> bytes:
    rows = [
        [
            "Improve access to housing",
            "Agree a move-on protocol with the asylum accommodation provider",
            "Newcastle City Council",
            "Migrant Help; Mears Group",
            "01/04/2023",
            "30/09/2023",
            "Complete",
        ],
        [
            "",
            "Open a weekly housing advice clinic for newly recognised refugees",
            "Shelter",
            "Newcastle City Council",
            "01/06/2023",
            "31/03/2024",
            "In progress",
        ],
        [
            "Welcome new arrivals",
            "Run a volunteer befriending scheme",
            "Action Foundation",
            "",
            "01/05/2023",
            "Ongoing",
            "In progress",
        ],
        [
            "",
            "Hold a Refugee Week celebration in the city centre",
            "Newcastle City Council",
            "Northern Sinfonia; local community groups",
            "19/06/2023",
            "25/06/2023",
            "Complete",
        ],
    ]
    return csv_plan(rows, NEWCASTLE_HEADER)


# -- 12. Word: theme rows merged across the table, RAG letters -----------------------------

COVENTRY_FILE = "coventry-migration-partnership-action-plan.docx"


def coventry_word() -> bytes:
    header = ["No", "Action", "Lead", "Partners", "Timescale", "RAG"]
    return word_document(
        [
            Heading("Coventry Migration Partnership Action Plan 2024-25", level=0),
            Grid(
                header,
                [
                    Section("Theme 1: Housing and accommodation"),
                    [
                        "1.1",
                        "Publish a guide to housing options for refugees leaving hotels",
                        "Coventry City Council",
                        "Coventry Refugee and Migrant Centre",
                        "June 2024",
                        "G",
                    ],
                    [
                        "1.2",
                        "Agree a joint approach to hotel exits with the accommodation provider",
                        "Coventry City Council",
                        "Home Office, Serco",
                        "Q2",
                        "A",
                    ],
                    Section("Theme 2: Employment"),
                    [
                        "2.1",
                        "Run two jobs fairs for refugees with local employers",
                        "Department for Work and Pensions",
                        "Coventry City Council, Coventry College",
                        "Sept 2024",
                        "R",
                    ],
                    [
                        "2.2",
                        "Offer volunteering placements to people seeking asylum",
                        "Coventry Refugee and Migrant Centre",
                        "Voluntary Action Coventry",
                        "Ongoing",
                        "G",
                    ],
                ],
            ),
        ]
    )


# -- every unseen plan, as file name and bytes ----------------------------------------------

BRADFORD_FILE = "bradford-asylum-support-action-plan.txt"
NORFOLK_FILE = "norfolk-refugee-integration-plan.md"
COHESION_FILE = "community-cohesion-action-plan.md"

HULL_FILE = "hull-resettlement-action-plan.docx"


def hull_word() -> bytes:
    """Columns in an unusual order (reference, date, partners, lead agency, action, RAG),
    sections as headings between tables, a council's service area as a lead, and a second
    table with "Responsible" naming co-leads and "X with support from Y"."""
    return word_document(
        [
            Heading("Hull Multi-Agency Forum: Refugee Resettlement Action Plan 2025-2026", 0),
            Paragraph("Prepared by Hull City Council on behalf of the Hull Multi-Agency Forum."),
            Heading("Section A – Housing"),
            Grid(
                ["Ref", "Target date", "Key partners", "Lead agency", "Action", "RAG"],
                [
                    [
                        "A1",
                        "Spring 2025",
                        "Humberside Fire and Rescue Service, Goodwin Development Trust",
                        "Hull City Council Housing Options",
                        "Inspect all private rented properties offered to resettled families",
                        "Green",
                    ],
                    [
                        "A2",
                        "End of March 2025",
                        "Citizens Advice Hull & East Riding; DWP",
                        "Hull City Council",
                        "Support families to open bank accounts and claim Universal Credit",
                        "Amber",
                    ],
                    [
                        "A3",
                        "TBC",
                        "",
                        "Refugee Council",
                        "Publish a housing guide in Arabic, Dari and Pashto",
                        "Red",
                    ],
                ],
            ),
            Heading("Section B – Children and young people"),
            Grid(
                ["Action", "Responsible", "Timescale", "Update"],
                [
                    [
                        "Secure school places within 20 school days of arrival",
                        "Hull City Council Admissions Team / Humber Teaching NHS Foundation Trust",
                        "Ongoing",
                        "Complete for 14 children",
                    ],
                    [
                        "Offer holiday activities (HAF) to every resettled child",
                        "Hull City Council with support from Goodwin Development Trust",
                        "Summer 2025",
                        "",
                    ],
                ],
            ),
        ]
    )


CARDIFF_FILE = "cardiff-forum-work-plan-2023-2025.csv"


def cardiff_csv() -> bytes:
    """A title row above the header, "Link to strategy" as the theme column, "Action Owner"
    and "Contributors", dd/mm/yyyy and season dates, "(lead)" among co-leads, bodies whose
    names end in "Wales" and "Cymru"."""
    return (
        b"Cardiff Refugee and Asylum Seeker Forum - Work Plan 2023-2025,,,,,,,\n"
        b"Link to strategy,Ref,Activity,Action Owner,Contributors,Completion date,"
        b"Measure of success,Comments\n"
        b"Safe homes,1a,Review temporary accommodation standards for asylum seekers,"
        b'Cardiff Council,"Clearsprings Ready Homes, Welsh Refugee Council, Shelter Cymru",'
        b"31/03/2024,All properties inspected,Delayed by staffing\n"
        b"Safe homes,1b,Develop a move-on protocol for newly recognised refugees,"
        b'Welsh Refugee Council,"Cardiff Council; DWP; Home Office",Autumn 2024,'
        b"Protocol signed by all partners,\n"
        b"Health,2a,Deliver trauma-informed practice training to GP surgeries,"
        b'Cardiff and Vale University Health Board,"Traumatic Stress Wales, Public Health Wales",'
        b"Ongoing,200 staff trained,On track\n"
        b"Health,2b,Pilot a drop-in clinic at the Oasis Centre,"
        b"Oasis Cardiff (lead) / Cardiff and Vale UHB,,Q3 2023/24,,Complete\n"
    )


#: File name -> (writer of its bytes, how many actions a reader counts in it).
ALL_PLANS: dict[str, tuple[Callable[[], bytes], int]] = {
    SHEFFIELD_FILE: (sheffield_word, 8),
    KENT_FILE: (kent_workbook, 7),
    LEICESTER_FILE: (leicester_csv, 6),
    NORFOLK_FILE: ((HERE / NORFOLK_FILE).read_bytes, 7),
    LINCOLNSHIRE_FILE: (lincolnshire_pdf, 12),
    BRADFORD_FILE: ((HERE / BRADFORD_FILE).read_bytes, 8),
    WALES_FILE: (wales_word, 6),
    COHESION_FILE: ((HERE / COHESION_FILE).read_bytes, 5),
    GLASGOW_FILE: (glasgow_csv, 6),
    DURHAM_FILE: (durham_workbook, 4),
    NEWCASTLE_FILE: (newcastle_csv, 4),
    COVENTRY_FILE: (coventry_word, 4),
    HULL_FILE: (hull_word, 5),
    CARDIFF_FILE: (cardiff_csv, 4),
}

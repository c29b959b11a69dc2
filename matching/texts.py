"""English source texts of the reasons and part names (context "Reasons"); the UI translates them."""

from __future__ import annotations

from matching.i18n_marker import QT_TRANSLATE_NOOP

PART_LABELS = {
    "occupation": QT_TRANSLATE_NOOP("Reasons", "Occupation"),
    "essential_skills": QT_TRANSLATE_NOOP("Reasons", "Essential skills"),
    "desired_skills": QT_TRANSLATE_NOOP("Reasons", "Desired skills"),
    "skill_profile": QT_TRANSLATE_NOOP("Reasons", "Skill profile"),
    "hours": QT_TRANSLATE_NOOP("Reasons", "Hours"),
    "availability": QT_TRANSLATE_NOOP("Reasons", "Start"),
    "danish": QT_TRANSLATE_NOOP("Reasons", "Danish"),
    "commute": QT_TRANSLATE_NOOP("Reasons", "Commute"),
    "measures": QT_TRANSLATE_NOOP("Reasons", "Measures"),
    "health": QT_TRANSLATE_NOOP("Reasons", "Health restrictions"),
    "policy": QT_TRANSLATE_NOOP("Reasons", "Priority"),
}

# occupation
WANTS = QT_TRANSLATE_NOOP("Reasons", "Wants to work as {titles}")
RESEMBLES = QT_TRANSLATE_NOOP("Reasons", "No desired occupation recorded; the skills resemble {title}")
NO_OCCUPATION = QT_TRANSLATE_NOOP("Reasons", "No desired occupation recorded")
NEED_NO_OCCUPATION = QT_TRANSLATE_NOOP("Reasons", "The job has no occupation to compare with")
SAME_OCCUPATION = QT_TRANSLATE_NOOP("Reasons", "Same occupation as the job")
CLOSE_OCCUPATION = QT_TRANSLATE_NOOP("Reasons", "Closely related to the job (ISCO {code})")
RELATED_OCCUPATION = QT_TRANSLATE_NOOP("Reasons", "Related to the job (ISCO {code})")
DISTANT_OCCUPATION = QT_TRANSLATE_NOOP("Reasons", "Distantly related to the job (ISCO {code})")
UNRELATED_OCCUPATION = QT_TRANSLATE_NOOP("Reasons", "Not related to the job's occupation")
# ISCO-08 groups as answers: a candidate may wish, and a job may ask for, a whole occupational group
WANTS_GROUP = QT_TRANSLATE_NOOP("Reasons", "Wants the occupational group {groups}")
IN_WISHED_GROUP = QT_TRANSLATE_NOOP("Reasons", "The job lies in the wished occupational group {group}")
IN_JOB_GROUP = QT_TRANSLATE_NOOP("Reasons", "In the job's occupational group {group}")

# skills
COVERS_ESSENTIAL = QT_TRANSLATE_NOOP("Reasons", "Covers {n} of {total} essential skills")
COVERS_DESIRED = QT_TRANSLATE_NOOP("Reasons", "Covers {n} of {total} desired skills")
MISSING = QT_TRANSLATE_NOOP("Reasons", "Missing: {skills}")
# A hard requirement, named under its own label: it excludes, while the skills above only give points.
MISSING_REQUIRED = QT_TRANSLATE_NOOP("Reasons", "Required certificates and licences (exclude): missing {skills}")
FROM_OCCUPATION = QT_TRANSLATE_NOOP("Reasons", "Skills taken from the occupation's profile")
PROFILE_USED = QT_TRANSLATE_NOOP("Reasons", "{n} of the candidate's {total} skills are used in the job")
NO_SKILLS = QT_TRANSLATE_NOOP("Reasons", "No skills recorded for the candidate")

# hours
HOURS_RANGE = QT_TRANSLATE_NOOP("Reasons", "Can work {hours} h/week, the job requires {low}–{high}")
HOURS_EXACT = QT_TRANSLATE_NOOP("Reasons", "Can work {hours} h/week, the job requires {low}")
HOURS_AT_LEAST = QT_TRANSLATE_NOOP("Reasons", "Can work {hours} h/week, the job requires at least {low}")
HOURS_UP_TO = QT_TRANSLATE_NOOP("Reasons", "Can work {hours} h/week, the job offers up to {high}")
HOURS_UNKNOWN = QT_TRANSLATE_NOOP("Reasons", "Hours a week unknown")

# start
AVAILABLE_LATE = QT_TRANSLATE_NOOP("Reasons", "Available from {date}, the job starts {start}")
AVAILABLE_IN_TIME = QT_TRANSLATE_NOOP("Reasons", "Available by the start date")

# Danish
DANISH_LEVEL = QT_TRANSLATE_NOOP("Reasons", "Danish level {level}, the job requires {required}")
DANISH_UNKNOWN = QT_TRANSLATE_NOOP("Reasons", "Danish level unknown, the job requires {required}")

# commute
BY_CAR = QT_TRANSLATE_NOOP("Reasons", "{km} km, about {minutes} min by car")
BY_PUBLIC = QT_TRANSLATE_NOOP("Reasons", "{km} km, about {minutes} min by public transport")
DISTANCE_UNKNOWN = QT_TRANSLATE_NOOP("Reasons", "Distance unknown")
OWN_LIMIT_OK = QT_TRANSLATE_NOOP("Reasons", "Within the candidate's own limit of {limit} min a day")
OWN_LIMIT_OVER = QT_TRANSLATE_NOOP("Reasons", "Beyond the candidate's own limit of {limit} min a day")
RULE_OK = QT_TRANSLATE_NOOP("Reasons", "Within the {hours}-hour rule (about {daily} min a day by public transport)")
RULE_OVER = QT_TRANSLATE_NOOP("Reasons", "Beyond the {hours}-hour rule (about {daily} min a day by public transport)")

# measures
MEASURES_FIT = QT_TRANSLATE_NOOP("Reasons", "Can be hired with: {measures}")
MEASURES_NONE = QT_TRANSLATE_NOOP("Reasons", "The target group cannot use the job's measures: {measures}")
TARGET_GROUP_UNKNOWN = QT_TRANSLATE_NOOP("Reasons", "Target group unknown")
# The measure rules' sentences (matching/measure_rules.py, context "Rules") as reasons: the same texts,
# marked again here because the UI translates every reason in context "Reasons".
RULE_REASONS = (
    QT_TRANSLATE_NOOP("Reasons", "Can be hired with {measure} from {date}"),
    QT_TRANSLATE_NOOP("Reasons", "The company has no more placements ({used} of {capacity})"),
    QT_TRANSLATE_NOOP("Reasons", "{measure} cannot be used on {date}: the measure is not in force then"),
    QT_TRANSLATE_NOOP("Reasons", "{measure} only for people visited to fleksjob"),
    QT_TRANSLATE_NOOP("Reasons", "{measure}: no version of the scheme is in force on {date}"),
    QT_TRANSLATE_NOOP("Reasons", "{measure} needs an age from {low} to under {high} at the start (is {age})"),
    QT_TRANSLATE_NOOP("Reasons", "{measure} needs under {years} years of residence in Denmark (arrived {date})"),
    QT_TRANSLATE_NOOP("Reasons", "{measure}: the date of unemployment is missing"),
    QT_TRANSLATE_NOOP("Reasons", "{measure}: the date of birth is missing"),
    QT_TRANSLATE_NOOP("Reasons", "{measure}: the date of arrival in Denmark is missing"),
    QT_TRANSLATE_NOOP("Reasons", "The target group {group} cannot use {measure}"),
    QT_TRANSLATE_NOOP("Reasons", "Can be hired with {measure} from day one: aged {age} or more"),
    QT_TRANSLATE_NOOP("Reasons", "Can be hired with {measure} from day one: single parent"),
    QT_TRANSLATE_NOOP("Reasons", "Can be hired with {measure} from day one: no upper-secondary or vocational education"),
)

# health
HEALTH_RULES_OUT = QT_TRANSLATE_NOOP("Reasons", "Health restriction rules the job out: {strains}")
HEALTH_CONSIDER = QT_TRANSLATE_NOOP("Reasons", "Health restriction to consider: {strains}")
HEALTH_OK = QT_TRANSLATE_NOOP("Reasons", "No conflict with the health restrictions")

# policy
PRIORITY_LONG_TERM = QT_TRANSLATE_NOOP("Reasons", "Priority: long-term unemployed ({months} months)")
PRIORITY_YOUNG = QT_TRANSLATE_NOOP("Reasons", "Priority: young ({age} years)")

"""English source texts of the reasons and part names (context "Reasons"); the UI translates them."""

from __future__ import annotations

from matching.i18n_marker import QT_TRANSLATE_NOOP as N_

PART_LABELS = {
    "occupation": N_("Reasons", "Occupation"),
    "essential_skills": N_("Reasons", "Essential skills"),
    "desired_skills": N_("Reasons", "Desired skills"),
    "skill_profile": N_("Reasons", "Skill profile"),
    "hours": N_("Reasons", "Hours"),
    "availability": N_("Reasons", "Start"),
    "danish": N_("Reasons", "Danish"),
    "commute": N_("Reasons", "Commute"),
    "measures": N_("Reasons", "Measures"),
    "health": N_("Reasons", "Health restrictions"),
    "policy": N_("Reasons", "Priority"),
}

# occupation
WANTS = N_("Reasons", "Wants to work as {titles}")
RESEMBLES = N_("Reasons", "No desired occupation recorded; the skills resemble {title}")
NO_OCCUPATION = N_("Reasons", "No desired occupation recorded")
NEED_NO_OCCUPATION = N_("Reasons", "The job has no occupation to compare with")
SAME_OCCUPATION = N_("Reasons", "Same occupation as the job")
CLOSE_OCCUPATION = N_("Reasons", "Closely related to the job (ISCO {code})")
RELATED_OCCUPATION = N_("Reasons", "Related to the job (ISCO {code})")
DISTANT_OCCUPATION = N_("Reasons", "Distantly related to the job (ISCO {code})")
UNRELATED_OCCUPATION = N_("Reasons", "Not related to the job's occupation")

# skills
COVERS_ESSENTIAL = N_("Reasons", "Covers {n} of {total} essential skills")
COVERS_DESIRED = N_("Reasons", "Covers {n} of {total} desired skills")
MISSING = N_("Reasons", "Missing: {skills}")
FROM_OCCUPATION = N_("Reasons", "Skills taken from the occupation's profile")
PROFILE_USED = N_("Reasons", "{n} of the candidate's {total} skills are used in the job")
NO_SKILLS = N_("Reasons", "No skills recorded for the candidate")

# hours
HOURS_RANGE = N_("Reasons", "Can work {hours} h/week, the job requires {low}–{high}")
HOURS_EXACT = N_("Reasons", "Can work {hours} h/week, the job requires {low}")
HOURS_AT_LEAST = N_("Reasons", "Can work {hours} h/week, the job requires at least {low}")
HOURS_UP_TO = N_("Reasons", "Can work {hours} h/week, the job offers up to {high}")
HOURS_UNKNOWN = N_("Reasons", "Hours a week unknown")

# start
AVAILABLE_LATE = N_("Reasons", "Available from {date}, the job starts {start}")
AVAILABLE_IN_TIME = N_("Reasons", "Available by the start date")

# Danish
DANISH_LEVEL = N_("Reasons", "Danish level {level}, the job requires {required}")
DANISH_UNKNOWN = N_("Reasons", "Danish level unknown, the job requires {required}")

# commute
BY_CAR = N_("Reasons", "{km} km, about {minutes} min by car")
BY_PUBLIC = N_("Reasons", "{km} km, about {minutes} min by public transport")
DISTANCE_UNKNOWN = N_("Reasons", "Distance unknown")
OWN_LIMIT_OK = N_("Reasons", "Within the candidate's own limit of {limit} min a day")
OWN_LIMIT_OVER = N_("Reasons", "Beyond the candidate's own limit of {limit} min a day")
RULE_OK = N_("Reasons", "Within the {hours}-hour rule (about {daily} min a day by public transport)")
RULE_OVER = N_("Reasons", "Beyond the {hours}-hour rule (about {daily} min a day by public transport)")

# measures
MEASURES_FIT = N_("Reasons", "Can be hired with: {measures}")
MEASURES_NONE = N_("Reasons", "The target group cannot use the job's measures: {measures}")
TARGET_GROUP_UNKNOWN = N_("Reasons", "Target group unknown")

# health
HEALTH_RULES_OUT = N_("Reasons", "Health restriction rules the job out: {strains}")
HEALTH_CONSIDER = N_("Reasons", "Health restriction to consider: {strains}")
HEALTH_OK = N_("Reasons", "No conflict with the health restrictions")

# policy
PRIORITY_LONG_TERM = N_("Reasons", "Priority: long-term unemployed ({months} months)")
PRIORITY_YOUNG = N_("Reasons", "Priority: young ({age} years)")

"""ISCO-08 groups as answers: a need's occupation or a candidate's wish may be a whole group.

A group travels as a *group ref*, a negative integer, wherever an occupation id goes (suggestions,
form values, the engine's occupation lists and postings): -1 followed by the code's digits, so
"2341" is -12341 and "011" is -1011. Occupation ids are positive, free text is a str, so the three
never meet. Unit groups (4 digits) and minor groups (3 digits) can be answers.
"""

from __future__ import annotations

GROUP_LEVELS = (3, 4)  # minor groups and unit groups


def group_ref(code: str) -> int:
    """The ref of an ISCO-08 group code ("2341" -> -12341)."""
    if len(code) not in GROUP_LEVELS or not code.isdigit():
        raise ValueError(f"not an ISCO-08 minor or unit group code: {code!r}")
    return -int("1" + code)


def group_code(ref) -> str | None:
    """The code a group ref stands for, or None for an occupation id, free text or anything else."""
    if type(ref) is not int or ref >= 0:
        return None
    digits = str(-ref)
    if digits[0] != "1" or len(digits) - 1 not in GROUP_LEVELS:
        return None
    return digits[1:]


def is_group(ref) -> bool:
    return group_code(ref) is not None


def targets(code: str, occupation_id: int | None, *, same: float, unit: float, minor: float,
            sub: float) -> list[tuple[str, int, float]]:
    """What one side's occupation (an occupation with its 4-digit ISCO code, or a group ref with the
    group's code) is close to, as (postings, key, grade) in ascending grade: the other side's rows
    listed under that postings key get that grade (a later, higher one wins).

    Symmetric by construction: an occupation and a group containing it, or two groups one inside the
    other, grade each other `same` (full marks); otherwise the longest shared code prefix grades as
    between two occupations (3 digits `minor`, 2 digits `sub`)."""
    out: list[tuple[str, int, float]] = []
    if len(code) < 3 or not code[:3].isdigit():
        return [("occupation", occupation_id, same)] if occupation_id is not None else []
    group = occupation_id is not None and is_group(occupation_id)
    out.append(("sub", int(code[:2]), sub))
    if group and len(code) == 3:
        out.append(("minor", int(code), same))  # everyone in the minor group, whatever they named
        return out
    out.append(("minor", int(code[:3]), minor))
    if len(code) >= 4:
        out.append(("unit", int(code[:4]), same if group else unit))
    # groups that contain it (a candidate wishing "234" or "2341" is glad of any occupation in them)
    out.append(("occupation", group_ref(code[:3]), same))
    if len(code) >= 4 and not group:
        out.append(("occupation", group_ref(code[:4]), same))
    if occupation_id is not None and not group:
        out.append(("occupation", occupation_id, same))
    return out

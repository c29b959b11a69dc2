"""Match explanations as the consultant reads them: translated reasons, the short list line, the full page."""

from __future__ import annotations

from html import escape

from matching import texts
from matching.model import Match, Reason
from ui import labels
from ui.i18n import translate

TONE_COLOURS = {"good": "#1e7b34", "bad": "#b03a2e", "neutral": "#444444"}
TONE_MARKS = {"good": "✓", "bad": "✗", "neutral": "•"}


def _words(text: str) -> str:
    return translate("Reasons", text)


def decimal() -> str:
    return labels.decimal_separator()


def render(reason: Reason) -> str:
    return reason.render(_words, decimal())


def part_label(name: str) -> str:
    return translate("Reasons", texts.PART_LABELS.get(name, name))


def short_reasons(match: Match, limit: int = 3) -> str:
    """Up to `limit` sentences for the ranked list: the skill coverage, then what speaks against, then the
    occupation (the distance has its own column)."""
    if match.excluded:
        return "; ".join(render(r) for r in match.exclusions)
    first = [r for r in match.reasons if r.part == "essential_skills"][:1]
    against = [r for r in match.reasons if r.tone == "bad" and r not in first]
    occupation = [r for r in match.reasons if r.part == "occupation" and r not in first + against]
    return " · ".join(render(r) for r in (first + against + occupation)[:limit])


def distance(match: Match) -> str:
    """The distance the commute reason states, e.g. "38 km"; "" when unknown."""
    for reason in match.reasons:
        if reason.part == "commute" and "km" in reason.params:
            km = reason.params["km"]
            return f"{km:.0f} km" if isinstance(km, float) else f"{km} km"
    return ""


def explanation_html(match: Match, title: str, subtitle: str = "") -> str:
    """The full explanation: score, every part with its value and weight, every reason, the skills."""
    out = [f"<h3 style='margin-bottom:2px'>{escape(title)}</h3>"]
    if subtitle:
        out.append(f"<div style='color:#555'>{escape(subtitle)}</div>")
    score = f"{match.score:.1f}".replace(".", decimal())
    # Not inside an f-string: pyside6-lupdate does not see a translate() call there (it stayed English).
    scale = translate("MatchView", "of 100 points")
    out.append(f"<p style='font-size:15px'><b>{escape(translate('MatchView', 'Score'))}: {score}</b> "
               f"<span style='color:#555'>{escape(scale)}</span></p>")
    if match.excluded:
        out.append("<p style='background:#fdecea;color:#8e1b10;padding:4px'><b>"
                   + escape(translate("MatchView", "Excluded by a hard requirement:")) + "</b><br>"
                   + "<br>".join(escape(render(r)) for r in match.exclusions) + "</p>")
    out.append("<table cellspacing='0' cellpadding='3' width='100%'>")
    out.append("<tr style='color:#555'><td nowrap>" + escape(translate("MatchView", "Part")) + "</td>"
               "<td align='right' nowrap style='white-space:nowrap'>" + escape(translate("MatchView", "Points"))
               + "</td><td width='25%'></td></tr>")
    for name, part in match.parts.items():
        if name == "policy" and part.weight == 0:
            continue  # the policy term is off: nothing to show or to hide
        points = f"{part.points:.1f}".replace(".", decimal())
        weight = f"{part.weight:g}".replace(".", decimal())
        filled = max(0, min(100, round(part.value * 100)))
        bar = (f"<table cellspacing='0' cellpadding='0' width='100%' style='background:#e8e8e8'><tr>"
               f"<td width='{filled}%' style='background:#3a7bd5'>&nbsp;</td>"
               f"<td width='{100 - filled}%'></td></tr></table>") if filled else \
            "<table cellspacing='0' cellpadding='0' width='100%' style='background:#e8e8e8'><tr><td>&nbsp;</td></tr></table>"
        # A narrow panel squeezes the bar, never a part's name (Danish names are long single words).
        out.append(f"<tr><td nowrap style='white-space:nowrap'>{escape(part_label(name))}</td>"
                   f"<td align='right' nowrap style='white-space:nowrap'>{points}&nbsp;/&nbsp;{weight}</td>"
                   f"<td>{bar}</td></tr>")
    out.append("</table>")
    out.append("<h4 style='margin-bottom:2px'>" + escape(translate("MatchView", "Why")) + "</h4>"
               "<table cellspacing='0' cellpadding='1'>")
    for reason in match.reasons:
        colour = TONE_COLOURS.get(reason.tone, TONE_COLOURS["neutral"])
        out.append(f"<tr style='color:{colour}'><td valign='top' width='16'>{TONE_MARKS.get(reason.tone, '•')}</td>"
                   f"<td>{escape(render(reason))}</td></tr>")
    out.append("</table>")
    for heading, skills in ((translate("MatchView", "Matching skills"), match.matching_skills),
                            (translate("MatchView", "Missing skills"), match.missing_skills)):
        if skills:
            out.append(f"<p><b>{escape(heading)}:</b> {escape(', '.join(skills))}</p>")
    return "".join(out)

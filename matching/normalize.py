"""Danish-aware normalisation of job titles and skill phrases into comparable tokens and keys."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters folded so that "æ" and "ae", "ø" and "oe", "å" and "aa" meet; the same on both sides.
_FOLD = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_SPLIT = re.compile(r"[^0-9a-z]+")
_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")

# Abbreviations consultants and job ads use; values are already folded. A trailing "." is dropped
# before the lookup, so "medarb." and "medarb" are the same.
ABBREVIATIONS = {
    "sosu": "social og sundheds",
    "ssh": "social og sundhedshjaelper",
    "ssa": "social og sundhedsassistent",
    "pau": "paedagogisk assistent",
    "pgu": "paedagogisk grunduddannelse",
    "hsa": "hospitalsserviceassistent",
    "medarb": "medarbejder",
    "mdarb": "medarbejder",
    "ass": "assistent",
    "assist": "assistent",
    "pæd": "paedagog",
    "paed": "paedagog",
    "medhj": "medhjaelper",
    "hj": "hjaelper",
    "udd": "uddannet",
    "tekn": "tekniker",
    "ing": "ingenioer",
    "adm": "administrativ",
    "kont": "kontor",
    "chauf": "chauffoer",
    "mek": "mekaniker",
    "el": "elektriker",
    "kbh": "koebenhavn",
    "dk": "danmark",
    "it": "it",
    "mgr": "manager",
    "mngr": "manager",
    "asst": "assistant",
    "sr": "senior",
    "jr": "junior",
    "engr": "engineer",
    "admin": "administrator",
    "exec": "executive",
    "dept": "department",
    "mgmt": "management",
}

# Inflection endings, longest first: definite and plural forms of Danish nouns and adjectives,
# plus the English plural, so "chaufførerne", "chaufføren" and "chauffører" share one stem.
SUFFIXES = ("ernes", "erne", "enes", "ene", "ers", "er", "ens", "en", "ets", "et", "es", "e", "s")
MIN_STEM = 4

# Compound heads (already stemmed) that only say who does the work ("rengøringsdame", "lagermand",
# "lagermænd"): replaced by the neutral "medarbejder" so that gendered and neutral titles meet.
GENDER_HEADS = ("kvind", "dam", "kon", "pig", "mand", "maend", "herr", "dreng", "fyr")
NEUTRAL_HEAD = "medarbejd"
# Female endings on a base in "-er" ("lærerinde" -> "lærer", "syerske" -> "syer"), seen after one
# inflection ending is gone ("lærerinden" -> "lærerind").
FEMALE_ENDINGS = ("ind", "sk")


def fold(text: str) -> str:
    """Casefold, fold Danish letters to ASCII pairs and drop other accents ("é" -> "e")."""
    text = (text or "").casefold().translate(_FOLD)
    if text.isascii():  # most labels: nothing left to decompose
        return text
    return _COMBINING.sub("", unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text)))


def _expand(token: str) -> list[str]:
    return ABBREVIATIONS.get(token, token).split()


def _strip(token: str) -> str:
    for suffix in SUFFIXES:
        if token.endswith(suffix) and len(token) - len(suffix) >= MIN_STEM:
            return token[: -len(suffix)]
    return token


def _female_base(token: str) -> str:
    for ending in FEMALE_ENDINGS:
        base = token[: -len(ending)]
        if token.endswith(ending) and base.endswith("er") and len(base) >= MIN_STEM:
            return base
    return token


def _neutral_head(token: str) -> str:
    for head in GENDER_HEADS:
        base = token[: -len(head)]
        if token.endswith(head) and len(base) >= MIN_STEM:
            return base + NEUTRAL_HEAD
    return token


@lru_cache(maxsize=200_000)
def stem(token: str) -> str:
    """A light stemmer: inflection endings removed and gender forms made neutral, so "medarbejder",
    "medarbejderen", "medarbejderne" and "medarbejderske" all give "medarbejd"."""
    if token.isdigit():
        return token
    token = _female_base(_strip(token))
    return _neutral_head(_strip(_strip(token)))


def words(text: str) -> list[str]:
    """Folded words with abbreviations expanded; hyphens, dots and slashes separate words."""
    out: list[str] = []
    for raw in _SPLIT.split(fold(text)):
        if raw:
            out.extend(_expand(raw))
    return out


def tokens(text: str) -> list[str]:
    """Stemmed words: the unit the token index matches on."""
    return [stem(w) for w in words(text)]


def analyse_many(texts: list[str]) -> list[tuple[list[str], str]]:
    """tokens(text) and key(text) of many texts, folded in one go (building an index)."""
    folded = fold("\n".join(t.replace("\n", " ") for t in texts)).split("\n")
    out = []
    for text in folded:
        ws = [w for raw in _SPLIT.split(text) if raw for w in _expand(raw)]
        out.append(([stem(w) for w in ws], _joined(ws)))
    return out


def key(text: str) -> str:
    """Words joined without spaces and stemmed as one, so compounds written apart or with hyphens meet
    their one-word form: "lager medarb." and "Lagermedarbejderen" both give "lagermedarbejd"."""
    return _joined(words(text))


def _joined(ws: list[str]) -> str:
    # a short last word is a code ("kørekort C/E"), not an inflection ending to strip
    joined = "".join(ws)
    return stem(joined) if ws and len(ws[-1]) >= MIN_STEM else joined


# Trainee and apprentice forms name the occupation being learnt ("murerlærling", "kokkeelev",
# "tømrer under uddannelse"): searched as the occupation itself. Folded.
TRAINEE_WORDS = ("laerling", "elev")
TRAINEE_PHRASE = ("under", "uddannelse")
_DOUBLED_E = re.compile(r"([bdfgklmnprstv])\1e$")  # "kokke-" -> "kok", "tømrer-" stays


def trainee_base(text: str) -> str | None:
    """The occupation a trainee title names, as folded words ("Murerlærling" -> "murer", "kokkeelev"
    -> "kok", "tømrer under uddannelse" -> "toemrer"); None when the text names no trainee."""
    ws = [w for raw in _SPLIT.split(fold(text)) if raw for w in [raw]]
    for i in range(len(ws) - 1):
        if (ws[i], ws[i + 1]) == TRAINEE_PHRASE:
            rest = ws[:i] + ws[i + 2:]
            return " ".join(rest) if rest else None
    out, found = [], False
    for w in ws:
        for ending in TRAINEE_WORDS:
            base = w[: -len(ending)]
            if w == ending and len(ws) > 1:
                found, w = True, ""
                break
            if w.endswith(ending) and len(base) >= 3:
                base = _DOUBLED_E.sub(r"\1", base)
                found, w = True, base[:-1] if base.endswith("s") and len(base) > 4 else base
                break
        if w:
            out.append(w)
    return " ".join(out) if found and out else None


_QUALIFIER = re.compile(r"\s+[-–]\s+")  # "Chauffør - renovation" is "Chauffør, renovation"


def qualified(text: str) -> tuple[str, str] | None:
    """(main term, qualifier) of a title with a qualifier after a comma ("Sygeplejerske, psykiatri")."""
    main, comma, qualifier = (text or "").partition(",")
    if not comma or not main.strip() or not qualifier.strip():
        return None
    return main.strip(), qualifier.strip()


# Danish names a field two ways: as a phrase ("bestyrer af tankanlæg", "chef for telekommunikation",
# "operatør af en stansepresser", "Sygeplejerske, psykiatri") and as a compound whose last part is the
# occupation ("tankbestyrer", "telekommunikationschef", "psykiatrisygeplejerske"). The compound form of
# a phrase lets the two meet on their letters.
_LINK = re.compile(r" (?:inden for|indenfor|specialiseret i|af|for|i|til|på|ved|hos)"
                   r" (?:(?:en|et|den|det|de) )?")
MAX_HEAD_WORDS = 2


def compound_form(text: str) -> str | None:
    """The one-word compound a phrase or a qualified title stands for: field first, occupation last
    ("Bestyrer af tankanlæg" -> "tankanlægbestyrer", "Chauffør, renovation" -> "renovationchauffør");
    None when the text is no such phrase. Lower-cased, letters kept."""
    parts = phrase_parts(text)
    return "".join(parts[1].split()) + "".join(parts[0].split()) if parts else None


def phrase_parts(text: str) -> tuple[str, str] | None:
    """(occupation, field) of a title phrased with a link word or a qualifier ("bestyrer af tankanlæg",
    "Sygeplejerske, psykiatri", "Chauffør - renovation"), lower-cased; None for other titles."""
    text = " ".join((text or "").casefold().split())
    link = _LINK.search(text)
    if link:
        found = _parts(text[: link.start()], text[link.end():])
        if found:
            return found
    parts = qualified(_QUALIFIER.sub(", ", text, count=1))
    return _parts(*parts) if parts else None


def _parts(head: str, field: str) -> tuple[str, str] | None:
    head_words, field_words = head.replace(",", " ").split(), field.replace(",", " ").split()
    if not head_words or not field_words or len(head_words) > MAX_HEAD_WORDS:
        return None
    return " ".join(head_words), " ".join(field_words)


# Words that say a job's level, not its occupation: "Senior Software Engineer" is a software engineer.
# Whole words only ("seniorkonsulent" stays).
_LEVEL = re.compile(r"(?i)\b(?:senior|junior|sr|jr|snr)\b\.?")


def without_level(text: str) -> str:
    """The title without its level words; the title itself when nothing else is left."""
    rest = " ".join(_LEVEL.sub(" ", text or "").split())
    return rest or text

"""Recall of the PII rules over what Faker's locale providers emit.

The development corpus holds a few values per locale; Faker (the library the corpus's
personal data came from) emits every layout its providers know. This sweep draws many
values of one type in each locale, puts each in one of a few phrasings written here, and
reports the share that aiguard finds, with the first misses:

    pip install faker            # not a dependency of aiguard: this is a tuning tool
    python tools/faker_sweep.py phone --n 100
    python tools/faker_sweep.py address --n 60 --locales de_DE,fr_FR
    python tools/faker_sweep.py national_id --rules old_pii.toml    # a rule file before an edit

A finding counts when it is of kind "pii" and overlaps the value (the corpus's scoring).
The phrasings carry the words a person would write next to such a value; a value with no
context at all (a bare nine-digit passport number) is out of reach of any pattern.
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
from typing import Callable

import aiguard

try:
    from faker import Faker
except ImportError:  # pragma: no cover - a tool, not a test
    sys.exit("faker_sweep needs Faker: pip install faker")

LOCALES = "de_DE en_GB en_IN en_US es_ES fr_FR it_IT ja_JP nl_NL pl_PL pt_BR ru_RU sv_SE zh_CN".split()

# The national id each locale's records carry (the provider method that emits it) and the
# name a form in that country gives it; locales with none are skipped for that type.
NATIONAL_ID: dict[str, tuple[Callable[[Faker], str], str]] = {
    "en_IN": (lambda f: f.aadhaar_id(), "Aadhaar"),
    "es_ES": (lambda f: f.random_element([f.nif, f.nie])(), "DNI/NIE"),
    "fr_FR": (lambda f: f.ssn(), "n° de sécurité sociale"),
    "it_IT": (lambda f: f.ssn(), "codice fiscale"),
    "nl_NL": (lambda f: f.ssn(), "BSN"),
    "pl_PL": (lambda f: f.pesel(), "PESEL"),
    "pt_BR": (lambda f: f.cpf(), "CPF"),
    "ru_RU": (lambda f: f.individuals_inn(), "ИНН"),
    "sv_SE": (lambda f: f.ssn(), "personnummer"),
    "zh_CN": (lambda f: f.ssn(), "身份证号"),
}

# Passport layouts: Faker's own provider knows four countries (others fall back to the
# US letter-or-digit + 8 digits); the corpus's records use per-country layouts, written
# here as bothify patterns (? a letter, # a digit) and drawn half of the time.
PASSPORT_LAYOUTS: dict[str, list[str]] = {
    "de_DE": ["C#?#??#?#", "J##??#??#", "?????????"],
    "nl_NL": ["??#?#??#", "???#??#?#", "?????#??#", "????????#"],
    "fr_FR": ["##??#####"],
    "es_ES": ["???######", "??######"],
    "it_IT": ["??#######"],
    "ja_JP": ["??#######"],
    "zh_CN": ["E########", "G########", "EA#######"],
    "pt_BR": ["??######"],
    "sv_SE": ["########"],
    "en_IN": ["?#######"],
    "pl_PL": ["??#######"],
    "ru_RU": ["## ## ######"],
    "en_GB": ["#########"],
    "en_US": ["#########"],
}


def passport(f: Faker) -> str:
    layouts = PASSPORT_LAYOUTS.get(f.locales[0])
    if layouts and f.boolean():
        letters = "CFGHJKLMNPRTVWXYZ" if f.locales[0] == "de_DE" else "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        return f.bothify(f.random_element(layouts), letters=letters)
    return f.passport_number()


# Month names as the locale's long date writes them (genitive where the language
# inflects: "10 grudnia 2003", "5 ноября 1981").
MONTHS: dict[str, list[str]] = {
    "de_DE": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "es_ES": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "fr_FR": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "it_IT": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "nl_NL": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "pl_PL": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "pt_BR": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "ru_RU": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
    "sv_SE": "januari februari mars april maj juni juli augusti september oktober november december".split(),
}
EN_MONTHS = "January February March April May June July August September October November December".split()


def date_of_birth(f: Faker) -> str:
    d, loc = f.date_of_birth(), f.locales[0]
    months = MONTHS.get(loc, EN_MONTHS)
    numeric = {"en_US": "%m/%d/%Y", "de_DE": "%d.%m.%Y", "pl_PL": "%d.%m.%Y", "ru_RU": "%d.%m.%Y",
               "nl_NL": "%d-%m-%Y", "sv_SE": "%Y-%m-%d", "ja_JP": "%Y/%m/%d", "zh_CN": "%Y/%m/%d"}
    forms = [d.isoformat(), d.strftime(numeric.get(loc, "%d/%m/%Y")), f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}",
             d.strftime("%d-%b-%Y"), d.strftime("%Y%m%d")]
    if loc in ("ja_JP", "zh_CN"):
        forms.append(f"{d.year}年{d.month}月{d.day}日")
    elif loc == "en_US":
        forms.append(f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}")
    elif loc == "de_DE":
        forms.append(f"{d.day}. {months[d.month - 1]} {d.year}")
    elif loc in ("es_ES", "pt_BR"):
        forms.append(f"{d.day} de {months[d.month - 1]} de {d.year}")
        forms.append(f"{d.day} {months[d.month - 1]} {d.year}")
    else:
        forms.append(f"{d.day} {months[d.month - 1]} {d.year}")
    return f.random_element(forms)


# The corpus's IBANs come from a few countries' providers whatever the record's locale
# (DE, GB, FR, NL, ES, IT, BE, CH...); en_IN's and zh_CN's own iban() emit a 21-character
# GB number, one short of a real one, which no validator should pass.
IBAN_LOCALES = "de_DE en_GB fr_FR nl_NL es_ES it_IT nl_BE fr_CH de_AT pt_PT pl_PL".split()
_IBAN_FAKERS: dict[str, Faker] = {}


def iban(f: Faker) -> str:
    loc = f.random_element(IBAN_LOCALES)
    other = _IBAN_FAKERS.setdefault(loc, Faker(loc))
    other.seed_instance(f.random_int(0, 10**9))
    value = other.iban()
    return value if f.boolean() else " ".join(re.findall(".{1,4}", value))


def us_ssn(f: Faker) -> str | None:
    """The corpus writes US SSNs (en_US's provider) in records of every locale."""
    if f.locales[0] != "en_US":
        return None
    value = f.ssn()
    return f.random_element([value, value.replace("-", " "), value.replace("-", "")])


def uk_nino(f: Faker) -> str | None:
    """en_GB's ssn() emits the reserved prefix ZZ and suffix T, which no issued NINO has;
    the corpus's NINOs have issued prefixes and suffixes A-D: drawn so here."""
    if f.locales[0] != "en_GB":
        return None
    while True:
        prefix = f.random_element("ABCEGHJKLMNOPRSTWXYZ") + f.random_element("ABCEGHJKLMNPRSTWXYZ")
        if prefix not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    digits, suffix = f.numerify("######"), f.random_element("ABCD")
    layouts = [f"{prefix}{digits}{suffix}", f"{prefix} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}",
               f"{prefix} {digits} {suffix}"]
    return f.random_element(layouts)


def national_id(f: Faker) -> str | None:
    entry = NATIONAL_ID.get(f.locales[0])
    return entry[0](f) if entry else None


# Each type: how to draw a value (None: not drawn in this locale), and phrasings with
# {v} (the value), {name} and {idname} (the locale's name for its national id).
TYPES: dict[str, tuple[Callable[[Faker], str | None], list[str]]] = {
    "phone": (
        lambda f: f.phone_number(),
        [
            "Hey! Call me at {v} when you land.",
            "Contact\nName: {name}\nPhone: {v}\n",
            "INSERT INTO c (name, phone) VALUES ('{name}', '{v}');",
            "{name}, tel. {v}",
            "reach {name} on {v} after 5pm",
        ],
    ),
    "address": (
        lambda f: f.address(),
        [
            "My new address is {v}.",
            "Ship to:\n{name}\n{v}\nTel: 555",
            "- Name: {name}\n- Address: {v}\n",
            "Please send the parcel to {name}, {v}, before Friday.",
        ],
    ),
    "national_id": (
        national_id,
        [
            "KYC check\nFull name: {name}\nID ({idname}): {v}\nDOB: 01/02/1990",
            "{idname}: {v}",
            "ID: {v}",
            "My national ID number is {v}.",
            "identity number: {v}",
            "Personal ID {v}",
            "name,national_id\n{name},{v}\n",
            "{name} ({idname} {v}) signed the lease.",
            "Customer {name}, ID no. {v}, verified.",
            '{{"name": "{name}", "{idkey}": "{v}"}}',
            '{{"name": "{name}", "national_id": "{v}"}}',
            "| Name | {idname} |\n|---|---|\n| {name} | {v} |\n",
            "<tr><th>Name</th><th>National ID</th></tr>\n<tr><td>{name}</td><td>{v}</td></tr>",
        ],
    ),
    "passport": (
        passport,
        [
            "Traveler details: {name}, passport {v}, phone 555",
            "Passport No. {v}",
            "passport number: {v}",
            "{name} travels on {pw} {v}.",
            "{pw}: {v}",
            "name,passport\n{name},{v}\n",
            "Passport: {v} (expires 2031)",
            '{{"name": "{name}", "passport_no": "{v}"}}',
            "{pw} nr {v}",
            "Travel document: passport #{v}, issued 2019",
            "| Name | Passport |\n|---|---|\n| {name} | {v} |\n",
        ],
    ),
    "date_of_birth": (
        date_of_birth,
        [
            "DOB: {v}",
            "My SSN is 233-20-1396 and I was born on {v}.",
            "INSERT INTO customers (full_name, email, dob) VALUES ('{name}', 'x@example.com', '{v}');",
            "Date of birth: {v}",
            "{bw}: {v}",
            "{name}, {bw} {v}",
            "name,dob\n{name},{v}\n",
            '{{"name": "{name}", "birth_date": "{v}"}}',
            "Born: {v}",
            "{name} (b. {v}) joined in 2019.",
            "Birthdate {v}",
            "Patient: {name}\nD.O.B.: {v}\nAllergies: none",
            "INSERT INTO people (name, date_of_birth) VALUES ('{name}', '{v}');",
            '{{"fullName": "{name}", "dateOfBirth": "{v}"}}',
            "patient_dob: {v}",
            "| Name | Date of birth |\n|---|---|\n| {name} | {v} |\n",
            "<tr><td>{name}</td><td>{bw}</td><td>{v}</td></tr>",
        ],
    ),
    "iban": (
        iban,
        [
            "IBAN: {v}",
            "Please wire the money to {v} by Friday.",
            "KYC check\nFull name: {name}\nDOB: 01/02/1990\nIBAN: {v}",
            "Bank account {v} ({name})",
            "name,iban\n{name},{v}\n",
        ],
    ),
    "us_ssn": (
        us_ssn,
        [
            "My SSN is {v} and I was born on 1 May 1980.",
            "Employee record\nName: {name}\nSSN: {v}\n",
            "social security number {v}",
            "name,ssn\n{name},{v}\n",
            "SSN#: {v}",
            "customer_ssn: {v}",
            '{{"name": "{name}", "ssn": "{v}"}}',
        ],
    ),
    "uk_nino": (
        uk_nino,
        [
            "Applicant {name}, NI number {v}, lives at 1 High St.",
            "National Insurance number: {v}",
            "NINO {v}",
            "name,nino\n{name},{v}\n",
        ],
    ),
    "email": (
        lambda f: f.email(),
        [
            "Reply-To: {v}\nFrom: \"{name}\" <{v}>",
            "contact {name} at {v}.",
            "name,email\n{name},{v}\n",
            "INSERT INTO c (name, email) VALUES ('{name}', '{v}');",
        ],
    ),
    # Names are found only where a layout says one stands (label, greeting, sign-off,
    # mail header, contact row, SQL name column); a name in running prose is not.
    "person": (
        lambda f: f.name(),
        [
            "Patient: {v}\nDOB: 1970-01-01",
            "Dear {v},\n\nyour order has shipped.",
            "Thanks for the quick fix.\n\nKind regards,\n{v}",
            "From: {v} <someone@example.org>\nSubject: invoice",
            "Full name: {v}\nPassport: X1234567",
            "name,email,phone\n{v},someone@example.org,555-0100",
            "Hi, I'm {v}. My card was charged twice.",
            "INSERT INTO customers (full_name, email) VALUES ('{v}', 'someone@example.org');",
            "Applicant {v}, passport X1234567, applied on Monday.",
            "Ship to:\n{v}\n12 Main Street",
        ],
    ),
}

# The local word for "passport" and for "date of birth", used in some phrasings.
PASSPORT_WORD = {
    "de_DE": "Reisepass", "fr_FR": "passeport", "es_ES": "pasaporte", "it_IT": "passaporto",
    "nl_NL": "paspoort", "pl_PL": "paszport", "pt_BR": "passaporte", "ru_RU": "паспорт",
    "zh_CN": "护照", "ja_JP": "旅券", "sv_SE": "passnummer",
}
BIRTH_WORD = {
    "de_DE": "geboren am", "fr_FR": "né le", "es_ES": "fecha de nacimiento", "it_IT": "data di nascita",
    "nl_NL": "geboortedatum", "pl_PL": "data urodzenia", "pt_BR": "data de nascimento",
    "ru_RU": "дата рождения", "zh_CN": "出生日期", "ja_JP": "生年月日", "sv_SE": "födelsedatum",
}


def sweep(kind: str, n: int, locales: list[str], seed: int, rules: str | None = None) -> float:
    scan = aiguard.Scanner(rulesets=[rules], builtin=False).scan if rules else aiguard.scan
    draw, phrasings = TYPES[kind]
    total: collections.Counter[str] = collections.Counter()
    missed: dict[str, list[tuple[int, str]]] = collections.defaultdict(list)
    for loc in locales:
        fake = Faker(loc)
        fake.seed_instance(seed)
        idname = NATIONAL_ID.get(loc, (None, "national ID"))[1]
        pw, bw = PASSPORT_WORD.get(loc, "passport"), BIRTH_WORD.get(loc, "date of birth")
        for i in range(n):
            value, phrasing = draw(fake), phrasings[i % len(phrasings)]
            if value is None:
                break
            idkey = re.sub(r"\W+", "_", idname.lower()).strip("_")
            text = phrasing.format(v=value, name=fake.name(), idname=idname, idkey=idkey, pw=pw, bw=bw)
            start = text.index(value)
            end = start + len(value)
            total[loc] += 1
            found = scan(text, kinds="pii").findings
            if not any(f.start < end and f.end > start for f in found):
                missed[loc].append((i % len(phrasings), value))
    for loc in [loc for loc in locales if total[loc]]:
        print(f"{loc:6} {1 - len(missed[loc]) / total[loc]:5.2f}  {missed[loc][:5]}")
    recall = 1 - sum(map(len, missed.values())) / sum(total.values())
    print(f"overall {recall:.3f} over {sum(total.values())} values")
    return recall


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("type", choices=sorted(TYPES))
    ap.add_argument("--n", type=int, default=60, help="values per locale")
    ap.add_argument("--locales", default=",".join(LOCALES))
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--rules", help="scan with this PII ruleset file alone instead of the built-in rules "
                    "(e.g. the one from before an edit: git show HEAD~1:rulesets/pii.toml > old.toml)")
    args = ap.parse_args()
    sweep(args.type, args.n, args.locales.split(","), args.seed, args.rules)


if __name__ == "__main__":
    main()

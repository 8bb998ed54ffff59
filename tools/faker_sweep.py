r"""Recall of the PII rules over what Faker's locale providers emit.

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

Wrappers. `--wrapper NAME` puts the same values in a record format instead of the
phrasings (json, json_nested, jsonl_chat, csv, yaml, xml, html_table, html_form,
md_table, kv_log, sql, signature, ticket in the locale's language, bare: the value in
a sentence with no label); `--wrapper all` prints recall per type and wrapper, and the
type `all` runs every type (the ones added with the wrappers: credit_card, iban_local,
ipv4, ipv6, mac, btc, eth, url_cred). A JSON string escapes newlines as \n and, every
other record, non-ASCII letters as \u00e9, as json.dumps does by default.

    python tools/faker_sweep.py all --wrapper all --n 10          # 14 locales, seed 11

First sight, before any rule edit (rules of 9260266, this tool as of ff6588d):

    type          phrasin    json json_ne jsonl_c     csv    yaml     xml html_ta html_fo md_tabl  kv_log     sql signatu  ticket    bare
    address          0.99    0.65    0.65    0.65    0.97    0.91    0.97    0.92    0.99    0.96    0.80    0.97    0.97    0.98    0.96
    btc              1.00    1.00    1.00    0.93    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00
    credit_card      0.69    0.69    0.83    0.64    0.69    0.69    0.69    0.69    0.69    0.69    0.69    0.69    0.69    0.69    0.69
    date_of_birth    1.00    0.97    0.97    0.85    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    0.00
    email            1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00
    eth              1.00    1.00    1.00    0.93    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00
    iban             1.00    1.00    1.00    0.93    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00
    iban_local       1.00    1.00    1.00    0.96    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00
    ipv4             0.99    1.00    1.00    0.93    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00
    ipv6             1.00    1.00    1.00    0.93    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00
    mac              1.00    1.00    1.00    0.93    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00
    national_id      0.96    0.83    1.00    0.90    0.84    0.84    0.84    1.00    0.92    1.00    0.84    0.84    1.00    1.00    0.60
    passport         1.00    0.60    0.74    0.89    0.60    0.60    0.60    1.00    1.00    1.00    0.60    0.60    1.00    1.00    0.00
    person           1.00    0.00    0.00    0.04    0.00    0.00    0.00    0.00    0.00    0.00    0.00    0.00    0.00    0.07    0.00
    phone            1.00    0.94    1.00    0.91    0.94    1.00    0.94    0.99    0.94    0.99    0.94    0.93    0.70    1.00    0.70
    uk_nino          1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00
    url_cred         1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00
    us_ssn           1.00    0.80    1.00    1.00    0.80    0.80    0.80    0.40    0.80    0.60    0.80    0.40    1.00    1.00    0.40

After the rule edits of branch pii-wrappers8 (rules and tool as of the commit that
records this table):

    type          phrasin    json json_ne jsonl_c     csv    yaml     xml html_ta html_fo md_tabl  kv_log     sql signatu  ticket    bare
    address          0.99    0.88    0.88    0.88    0.99    0.99    0.99    0.99    0.99    0.99    0.99    0.99    0.99    0.98    0.98
    btc              1.00    1.00    1.00    0.93    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00
    credit_card      0.89    1.00    1.00    0.89    0.99    1.00    1.00    0.99    1.00    0.99    1.00    0.98    1.00    0.97    0.77
    date_of_birth    1.00    0.97    0.97    0.85    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    0.00
    email            1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00
    eth              1.00    1.00    1.00    0.93    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00
    iban             1.00    1.00    1.00    0.93    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00
    iban_local       1.00    1.00    1.00    0.96    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00
    ipv4             1.00    1.00    1.00    0.93    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00
    ipv6             1.00    1.00    1.00    0.93    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00
    mac              1.00    1.00    1.00    0.93    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00
    national_id      0.96    0.99    1.00    0.90    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    0.60
    passport         1.00    1.00    1.00    0.89    1.00    1.00    1.00    1.00    1.00    1.00    1.00    0.99    1.00    1.00    0.00
    person           1.00    0.51    0.51    0.04    0.00    0.00    0.60    0.00    0.00    0.00    0.60    0.00    0.00    0.07    0.00
    phone            1.00    1.00    1.00    0.91    0.99    1.00    1.00    0.99    1.00    0.99    1.00    0.99    1.00    1.00    0.70
    uk_nino          1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00
    url_cred         1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00
    us_ssn           1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    1.00    0.40

A second draw (--n 20 --seed 23, --rules with the pii.toml before and after; url_cred
is a secret rule's type, so 0 there) moved the same way: address json 0.67 -> 0.86,
yaml 0.93 -> 0.98, kv_log 0.83 -> 0.98; passport json/csv/yaml/xml/kv/sql 0.60 -> 1.00;
national_id json/csv/yaml/xml/kv 0.83-0.84 -> 0.99-1.00; us_ssn html/md/sql 0.40 -> 1.00,
json/csv 0.70-0.75 -> 1.00; credit_card 0.80 -> 0.97-1.00 (bare 0.87); phone json/xml/
html_form/kv 0.93 -> 1.00, signature 0.67 -> 1.00; ipv4 phrasings 0.98 -> 1.00 (ssh
admin@IP); person json 0.00 -> 0.51, xml/kv 0.60.

What is left: (1) \uXXXX escapes (json.dumps' default, ensure_ascii) hide every
non-ASCII word -- the label of a ticket in ja/zh/ru/fr/sv/pl ("t\u00e9l\u00e9phone",
"\u7535\u8bdd"), a whole CJK or Cyrillic address -- and put a hex digit before a value
written right after a CJK character ("\u662fGB29..."), so no ASCII \b stands there:
the jsonl_chat column (0.85-0.93 for most types) and address json (0.88). That wanted a
JSON-unescape view in the engine, not rules: with the `unescaped` view of normalize.rs
(8cb5edc) the same command gives address 0.99 in json, json_nested and jsonl_chat, and
1.00 in jsonl_chat for every type but credit_card (0.97) and person (0.07). (2) Values with no label
(bare): a date, a passport or a national number alone is out of reach by design.
(3) Person names in positional formats (CSV row, HTML/Markdown table, SQL column not
first) and under a bare "name" key, left alone for precision.
Development corpus (python /work/shared/corpus/score.py --scanner aiguard:scan): PII
recall 100.0 and precision 100.0 before and after (0 FP); the own set
(tests/data/secrets_pii_own.jsonl): no finding lost, none added outside a gold span.
"""

from __future__ import annotations

import argparse
import collections
import csv
import hashlib
import html
import io
import json
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


# ---------------------------------------------------------------- more types (--wrapper runs)
# Types of the issue's list that the phrasings above lacked: payment cards of every
# brand Faker knows (compact, in groups with spaces or dashes), each locale's own IBAN
# (en_IN's and zh_CN's are the short GB numbers noted above: skipped), IP and MAC
# addresses, crypto wallets (Faker has no provider: drawn here with valid checksums;
# Ethereum in one case, as EIP-55 needs Keccak) and credentials in URLs (scored as any
# finding, since the secret rules own that type).
def credit_card(f: Faker) -> str:
    value = f.credit_card_number()  # a brand among the locale's (visa13/16/19, amex, diners, jcb, maestro, mir...)
    sep = f.random_element(["", " ", "-"])
    if not sep:
        return value
    if len(value) == 15:
        parts = [value[:4], value[4:10], value[10:]]
    elif len(value) == 14:
        parts = [value[:4], value[4:10], value[10:]]
    else:
        parts = re.findall(".{1,4}", value)
    return sep.join(parts)


def iban_local(f: Faker) -> str | None:
    if f.locales[0] in ("en_IN", "zh_CN"):
        return None
    value = f.iban()
    return value if f.boolean() else " ".join(re.findall(".{1,4}", value))


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_B32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _b58check(payload: bytes) -> str:
    raw = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n, out = int.from_bytes(raw, "big"), ""
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    return "1" * (len(raw) - len(raw.lstrip(b"\0"))) + out


def _bech32(hrp: str, witver: int, prog: bytes) -> str:
    def polymod(values: list[int]) -> int:
        gen, chk = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3], 1
        for v in values:
            top = chk >> 25
            chk = (chk & 0x1FFFFFF) << 5 ^ v
            for i in range(5):
                chk ^= gen[i] if (top >> i) & 1 else 0
        return chk
    acc, bits, data = 0, 0, [witver]
    for b in prog:
        acc, bits = (acc << 8) | b, bits + 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    const = 1 if witver == 0 else 0x2BC830A3
    hrpx = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    pm = polymod(hrpx + data + [0] * 6) ^ const
    return hrp + "1" + "".join(_B32[d] for d in data + [(pm >> 5 * (5 - i)) & 31 for i in range(6)])


def btc_address(f: Faker) -> str:
    kind = f.random_int(0, 3)
    if kind == 0:
        return _b58check(b"\x00" + f.binary(20))
    if kind == 1:
        return _b58check(b"\x05" + f.binary(20))
    if kind == 2:
        return _bech32("bc", 0, f.binary(20))
    return _bech32("bc", 1, f.binary(32))


def eth_address(f: Faker) -> str:
    return "0x" + f.binary(20).hex()


def url_credentials(f: Faker) -> str:
    scheme = f.random_element(["https", "http", "postgres", "mysql", "redis", "ftp", "mongodb+srv", "amqp"])
    return f"{scheme}://{f.user_name()}:{f.password(length=f.random_int(8, 16), special_chars=False)}@{f.domain_name()}/{f.uri_path()}"


TYPES.update({
    "credit_card": (credit_card, ["Card number: {v}", "pay with {v}, exp 12/27", "name,card\n{name},{v}\n"]),
    "iban_local": (iban_local, ["IBAN: {v}", "Please wire the money to {v} by Friday.", "name,iban\n{name},{v}\n"]),
    "ipv4": (lambda f: f.ipv4(), ["client ip {v}", "ssh admin@{v}", "Login from {v} at 10:02"]),
    "ipv6": (lambda f: f.ipv6(), ["client ip {v}", "Login from {v} at 10:02"]),
    "mac": (lambda f: f.mac_address(), ["MAC address: {v}", "device {v} joined the network"]),
    "btc": (btc_address, ["Send BTC to {v}", "wallet: {v}"]),
    "eth": (eth_address, ["Send ETH to {v}", "wallet: {v}"]),
    "url_cred": (url_credentials, ["DATABASE_URL={v}", "connect with {v}"]),
})
ANY_KIND = {"url_cred"}  # scored against any finding, not only kind "pii"

# ---------------------------------------------------------------- wrappers
# --wrapper puts the same values in the records an LLM log holds instead of the
# phrasings: each wrapper writes a record around one value (encoded as the format
# encodes it: a JSON string escapes newlines as \n and, half the time, non-ASCII as
# \u00e9; CSV quotes; XML/HTML escape; YAML uses a block scalar for a multi-line value)
# and returns the text and the value's span in it. Keys vary among the names real
# schemas use for the field.
FIELD_KEYS: dict[str, tuple[list[str], str]] = {
    "phone": (["phone", "phone_number", "tel", "mobile", "contactPhone"], "Phone"),
    "address": (["address", "postal_address", "shipping_address", "addr", "billingAddress"], "Address"),
    "national_id": (["{idkey}", "national_id", "id_number", "tax_id", "nationalId"], "{idname}"),
    "passport": (["passport", "passport_no", "passportNumber", "document_number", "travel_doc"], "Passport number"),
    "date_of_birth": (["dob", "birth_date", "dateOfBirth", "date_of_birth", "birthday"], "Date of birth"),
    "iban": (["iban", "bank_account", "iban_number", "payout_iban", "account"], "IBAN"),
    "iban_local": (["iban", "bank_account", "iban_number", "payout_iban", "account"], "IBAN"),
    "us_ssn": (["ssn", "social_security_number", "ssn_number", "SSN", "taxpayer_id"], "SSN"),
    "uk_nino": (["nino", "ni_number", "national_insurance_no", "niNumber", "nin"], "NI number"),
    "email": (["email", "email_address", "contactEmail", "mail", "user_email"], "Email"),
    "person": (["name", "full_name", "customer_name", "fullName", "contact"], "Name"),
    "credit_card": (["card_number", "cc", "pan", "creditCard", "card"], "Card number"),
    "ipv4": (["ip", "client_ip", "remote_addr", "ipAddress", "src_ip"], "IP address"),
    "ipv6": (["ip", "client_ip", "remote_addr", "ipAddress", "src_ip"], "IP address"),
    "mac": (["mac", "mac_address", "hw_addr", "macAddress", "bssid"], "MAC address"),
    "btc": (["btc_address", "wallet", "payout_address", "btcWallet", "address"], "BTC wallet"),
    "eth": (["eth_address", "wallet", "payout_address", "ethWallet", "address"], "ETH wallet"),
    "url_cred": (["url", "database_url", "dsn", "endpoint", "connection_string"], "URL"),
}

# Local words for a support ticket in the locale's language: the field's name (for
# the types people write about in tickets) and the ticket's frame.
LOCAL_LABEL: dict[str, dict[str, str]] = {
    "de_DE": {"phone": "Telefonnummer", "address": "Adresse", "email": "E-Mail-Adresse", "date_of_birth": "Geburtsdatum",
              "passport": "Reisepassnummer", "iban": "IBAN", "credit_card": "Kreditkartennummer", "person": "Name"},
    "fr_FR": {"phone": "numéro de téléphone", "address": "adresse", "email": "adresse e-mail", "date_of_birth": "date de naissance",
              "passport": "numéro de passeport", "iban": "IBAN", "credit_card": "numéro de carte", "person": "nom"},
    "es_ES": {"phone": "teléfono", "address": "dirección", "email": "correo electrónico", "date_of_birth": "fecha de nacimiento",
              "passport": "número de pasaporte", "iban": "IBAN", "credit_card": "número de tarjeta", "person": "nombre"},
    "it_IT": {"phone": "numero di telefono", "address": "indirizzo", "email": "indirizzo email", "date_of_birth": "data di nascita",
              "passport": "numero di passaporto", "iban": "IBAN", "credit_card": "numero della carta", "person": "nome"},
    "nl_NL": {"phone": "telefoonnummer", "address": "adres", "email": "e-mailadres", "date_of_birth": "geboortedatum",
              "passport": "paspoortnummer", "iban": "IBAN", "credit_card": "creditcardnummer", "person": "naam"},
    "pl_PL": {"phone": "numer telefonu", "address": "adres", "email": "adres e-mail", "date_of_birth": "data urodzenia",
              "passport": "numer paszportu", "iban": "numer konta", "credit_card": "numer karty", "person": "imię i nazwisko"},
    "pt_BR": {"phone": "telefone", "address": "endereço", "email": "e-mail", "date_of_birth": "data de nascimento",
              "passport": "número do passaporte", "iban": "IBAN", "credit_card": "número do cartão", "person": "nome"},
    "ru_RU": {"phone": "номер телефона", "address": "адрес", "email": "электронная почта", "date_of_birth": "дата рождения",
              "passport": "номер паспорта", "iban": "номер счёта", "credit_card": "номер карты", "person": "ФИО"},
    "sv_SE": {"phone": "telefonnummer", "address": "adress", "email": "e-postadress", "date_of_birth": "födelsedatum",
              "passport": "passnummer", "iban": "IBAN", "credit_card": "kortnummer", "person": "namn"},
    "ja_JP": {"phone": "電話番号", "address": "住所", "email": "メールアドレス", "date_of_birth": "生年月日",
              "passport": "旅券番号", "iban": "IBAN", "credit_card": "カード番号", "person": "氏名"},
    "zh_CN": {"phone": "电话号码", "address": "地址", "email": "电子邮箱", "date_of_birth": "出生日期",
              "passport": "护照号码", "iban": "IBAN", "credit_card": "银行卡号", "person": "姓名"},
}
TICKET: dict[str, str] = {
    "de_DE": "Hallo Support-Team,\n\nich bin umgezogen und habe neue Daten. Meine {lab} lautet jetzt {v}. Könnten Sie das bitte in meinem Kundenkonto ändern?\n\nViele Grüße\n{name}",
    "fr_FR": "Bonjour,\n\nje vous écris pour mettre à jour mon dossier : mon {lab} est désormais {v}. Merci de faire la modification rapidement.\n\nCordialement,\n{name}",
    "es_ES": "Hola,\n\nnecesito actualizar mis datos. Mi {lab} es {v}, por favor cámbienlo en mi cuenta.\n\nUn saludo,\n{name}",
    "it_IT": "Buongiorno,\n\nvi scrivo per aggiornare i miei dati: il mio {lab} è {v}. Grazie per la modifica.\n\nCordiali saluti,\n{name}",
    "nl_NL": "Beste klantenservice,\n\nik wil graag mijn gegevens wijzigen. Mijn {lab} is {v}. Kunnen jullie dit aanpassen?\n\nMet vriendelijke groet,\n{name}",
    "pl_PL": "Dzień dobry,\n\nproszę o aktualizację moich danych. Mój {lab} to {v}. Z góry dziękuję.\n\nPozdrawiam,\n{name}",
    "pt_BR": "Olá,\n\npreciso atualizar meu cadastro. Meu {lab} é {v}. Podem alterar, por favor?\n\nAtenciosamente,\n{name}",
    "ru_RU": "Здравствуйте!\n\nПрошу обновить мои данные. Мой {lab}: {v}. Заранее спасибо.\n\nС уважением,\n{name}",
    "sv_SE": "Hej!\n\nJag vill uppdatera mina uppgifter. Mitt {lab} är {v}. Kan ni ändra det?\n\nMed vänliga hälsningar,\n{name}",
    "ja_JP": "お世話になっております。{name}です。\n登録情報の変更をお願いします。新しい{lab}は{v}です。\nよろしくお願いいたします。",
    "zh_CN": "您好，我是{name}。\n请帮我更新账户信息，我的{lab}是{v}。\n谢谢！",
}
TICKET_EN = "Hi support,\n\nI need to update my account details. My {lab} is {v} now. Can you change it please?\n\nThanks,\n{name}"
BARE = [
    "Sure, here it is: {v}",
    "{v}",
    "ok so it's {v} — let me know if that works",
    "I already sent {v} twice, please check again.",
    "Noted {v} in the file; closing the ticket.",
]


def _flat(v: str, sep: str = ", ") -> str:
    return v.replace("\n", sep)


def _json_str(v: str, ascii_only: bool) -> str:
    return json.dumps(v, ensure_ascii=ascii_only)[1:-1]


def wrap(wrapper: str, kind: str, f: Faker, v: str, ctx: dict[str, str], i: int) -> tuple[str, str]:
    """The record around value v and the value as the record encodes it."""
    keys, label = FIELD_KEYS[kind]
    key = keys[i % len(keys)].format(**ctx)
    label = label.format(**ctx)
    name = ctx["name"] if kind != "person" else "ACME Ltd"
    asc = i % 2 == 1
    if wrapper == "json":
        rec = {"id": 1000 + i, "name": name, key: v, "created_at": "2024-03-0%dT10:1%d:00Z" % (i % 9 + 1, i % 10)}
        if kind == "person":
            rec["name"] = v
        return json.dumps(rec, ensure_ascii=asc, indent=2 if i % 3 == 0 else None), _json_str(v, asc)
    if wrapper == "json_nested":
        rec = {"request_id": "req_%05d" % i, "data": {"customer": {"name": name, "contact": {key: v}}}}
        return json.dumps(rec, ensure_ascii=asc), _json_str(v, asc)
    if wrapper == "jsonl_chat":
        loc = ctx["loc"]
        lab = LOCAL_LABEL.get(loc, {}).get(kind, label)
        content = TICKET.get(loc, TICKET_EN).format(lab=lab, v=v, name=ctx["name"])
        lines = [{"role": "system", "content": "You are a helpful customer support assistant."},
                 {"role": "user", "content": content}]
        return "\n".join(json.dumps(m, ensure_ascii=asc) for m in lines), _json_str(v, asc)
    if wrapper == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(["id", "name", key, "status"])
        w.writerow([17 + i, name, v, "active"])
        return buf.getvalue(), v
    if wrapper == "yaml":
        if "\n" in v:
            ev = v.replace("\n", "\n    ")
            return f"customer:\n  name: {name}\n  {key}: |\n    {ev}\n  status: active\n", ev
        return f"customer:\n  name: {name}\n  {key}: \"{v}\"\n  status: active\n", v
    if wrapper == "xml":
        ev = html.escape(v, quote=False)
        return f'<?xml version="1.0"?>\n<customer id="{i}">\n  <name>{html.escape(name)}</name>\n  <{key}>{ev}</{key}>\n</customer>', ev
    if wrapper == "html_table":
        ev = html.escape(v).replace("\n", "<br>")
        return (f"<table>\n<tr><th>Name</th><th>{html.escape(label)}</th></tr>\n"
                f"<tr><td>{html.escape(name)}</td><td>{ev}</td></tr>\n</table>"), ev
    if wrapper == "html_form":
        ev = html.escape(v)
        tag = f'<textarea id="{key}" name="{key}">{ev}</textarea>' if "\n" in v else f'<input type="text" id="{key}" name="{key}" value="{ev}">'
        return f'<form method="post">\n  <label for="{key}">{html.escape(label)}</label>\n  {tag}\n  <button>Save</button>\n</form>', ev
    if wrapper == "md_table":
        ev = _flat(v, "<br>" if i % 2 else ", ")
        return f"| ID | Name | {label} |\n|---|---|---|\n| {i} | {name} | {ev} |\n", ev
    if wrapper == "kv_log":
        ev = json.dumps(v, ensure_ascii=False) if re.search(r'[\s"=]', v) else v
        inner = ev[1:-1] if ev.startswith('"') else ev
        return f"2024-05-01T12:00:{i % 60:02d}.123Z INFO  svc=accounts event=profile_update user_id={4000 + i} {key}={ev} status=ok", inner
    if wrapper == "sql":
        ev = v.replace("'", "''")
        return f"INSERT INTO customers (id, name, {key}, created_at) VALUES ({i}, '{name}', '{ev}', NOW());", ev
    if wrapper == "signature":
        if kind in ("phone", "email", "address", "person"):
            return f"Thanks, talk soon.\n\n--\n{name if kind != 'person' else v}\nAccount Manager | ACME Ltd\n{v if kind != 'person' else 'www.acme.example'}\n", v
        return f"Thanks, talk soon.\n\n--\n{name}\nAccount Manager | ACME Ltd\n{label}: {v}\n", v
    if wrapper == "ticket":
        loc = ctx["loc"]
        lab = LOCAL_LABEL.get(loc, {}).get("iban" if kind == "iban_local" else kind, label)
        ev = _flat(v)
        return TICKET.get(loc, TICKET_EN).format(lab=lab, v=ev, name=ctx["name"]), ev
    if wrapper == "bare":
        ev = _flat(v)
        return BARE[i % len(BARE)].format(v=ev), ev
    raise ValueError(wrapper)


WRAPPERS = ["json", "json_nested", "jsonl_chat", "csv", "yaml", "xml", "html_table", "html_form", "md_table",
            "kv_log", "sql", "signature", "ticket", "bare"]


def sweep(kind: str, n: int, locales: list[str], seed: int, rules: str | None = None,
          wrapper: str = "phrasings", quiet: bool = False) -> float:
    scan = aiguard.Scanner(rulesets=[rules], builtin=False).scan if rules else aiguard.scan
    kinds = None if kind in ANY_KIND else "pii"
    draw, phrasings = TYPES[kind]
    total: collections.Counter[str] = collections.Counter()
    missed: dict[str, list[tuple[int, str]]] = collections.defaultdict(list)
    for loc in locales:
        fake = Faker(loc)
        fake.seed_instance(seed)
        idname = NATIONAL_ID.get(loc, (None, "national ID"))[1]
        pw, bw = PASSPORT_WORD.get(loc, "passport"), BIRTH_WORD.get(loc, "date of birth")
        idkey = re.sub(r"\W+", "_", idname.lower()).strip("_")
        for i in range(n):
            value = draw(fake)
            if value is None:
                break
            name = fake.name()
            if wrapper == "phrasings":
                phrasing = phrasings[i % len(phrasings)]
                text = phrasing.format(v=value, name=name, idname=idname, idkey=idkey, pw=pw, bw=bw)
                shown = value
            else:
                ctx = {"name": name, "idname": idname, "idkey": idkey, "loc": loc}
                text, shown = wrap(wrapper, kind, fake, value, ctx, i)
            start = text.rindex(shown) if kind == "person" and wrapper != "phrasings" else text.index(shown)
            end = start + len(shown)
            total[loc] += 1
            found = scan(text, kinds=kinds).findings
            if not any(f.start < end and f.end > start for f in found):
                missed[loc].append((i % (len(phrasings) if wrapper == "phrasings" else 1000), shown))
    if not total:
        return float("nan")
    if not quiet:
        for loc in [loc for loc in locales if total[loc]]:
            print(f"{loc:6} {1 - len(missed[loc]) / total[loc]:5.2f}  {missed[loc][:5]}")
    recall = 1 - sum(map(len, missed.values())) / sum(total.values())
    if not quiet:
        print(f"overall {recall:.3f} over {sum(total.values())} values")
    return recall


def matrix(kinds: list[str], wrappers: list[str], n: int, locales: list[str], seed: int, rules: str | None) -> None:
    """Recall per type (rows) and wrapper (columns)."""
    print("type          " + " ".join(f"{w[:7]:>7}" for w in wrappers))
    for kind in kinds:
        cells = [sweep(kind, n, locales, seed, rules, w, quiet=True) for w in wrappers]
        print(f"{kind:13} " + " ".join(f"{c:7.2f}" for c in cells), flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("type", choices=sorted(TYPES) + ["all"])
    ap.add_argument("--n", type=int, default=60, help="values per locale")
    ap.add_argument("--locales", default=",".join(LOCALES))
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--rules", help="scan with this PII ruleset file alone instead of the built-in rules "
                    "(e.g. the one from before an edit: git show HEAD~1:rulesets/pii.toml > old.toml)")
    ap.add_argument("--wrapper", default="phrasings", choices=["phrasings", "all"] + WRAPPERS,
                    help="put the values in this wrapper (record format) instead of the phrasings; "
                    "'all': a table of recall per type and wrapper")
    args = ap.parse_args()
    locales = args.locales.split(",")
    if args.wrapper == "all" or args.type == "all":
        kinds = sorted(TYPES) if args.type == "all" else [args.type]
        wrappers = ["phrasings"] + WRAPPERS if args.wrapper == "all" else [args.wrapper]
        matrix(kinds, wrappers, args.n, locales, args.seed, args.rules)
    else:
        sweep(args.type, args.n, locales, args.seed, args.rules, args.wrapper)


if __name__ == "__main__":
    main()

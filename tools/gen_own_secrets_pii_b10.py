"""Tenth, blind batch for tests/data/secrets_pii_own.jsonl (imported by
gen_own_secrets_pii.py after batch 8 and appended after it, so earlier ids and values are
unchanged).

PII only, written before the patterns of rulesets/pii.toml were read (only the rule ids
and types were listed). The batch is about the wrappers and the formats real data has:
CSV and TSV rows with headers, JSON / NDJSON records (nested, escaped), XML and HTML forms
and tables, SQL INSERT statements, nginx / apache access logs and key=value app logs, mail
headers and signatures, vCards, iCalendar invites, Markdown tables, chat transcripts,
OCR-like text with odd spacing, URLs with query parameters (%40), YAML; and phones of 15
countries with trunk prefixes, '00' international prefixes, dots, slashes, parentheses and
extensions; cards with spaces / dashes / none, Amex 4-6-5; IBANs in groups, lower case,
inside sentences; IPv6 compressed, with zone ids and ports, IPv4 with ports and prefix
lengths; MACs in colon, dash and Cisco dotted forms; e-mail addresses with plus tags,
subdomains, angle brackets and IDN domains; dates of birth and passport numbers beside
context words of several languages; national ids in forms in their local language;
street addresses of a dozen countries. Hard negatives: versions, build numbers,
timestamps, order / tracking / invoice numbers, ISBNs, hashes, UUIDs, colours,
coordinates, masked cards, Luhn-invalid cards, bad-checksum IBANs and ids, ssh user@host,
git remotes, npm package@version, image@2x.png URIs, key fingerprints, SNMP OIDs,
numbers in tables and arithmetic.

Values come from this batch's own RNG (random.Random(1010)) and from Faker seeded with
1010 (names, streets, cities; Faker 40.x: another Faker version changes those strings,
not their shape), so the batch does not depend on the records before it. The
generator module `g` is used for its pure checksum helpers, and for its value helpers
only with g.R's state swapped for this batch's RNG (see `mine`), so g.R is untouched.

First-sight figures, measured with a small aiguard.scan span-overlap script (the rule
of score.py: a labelled PII span other than a person is found if a pii finding overlaps
it; a pii finding, person names aside, that overlaps no label of its record is a false
positive) with the rules as they stood at 82b7826, before any rule was changed for this
batch:
    batch 10 alone (source prefix "b10/", 249 PII spans besides person names in 161
    records, 58 hard-negative records): pii 229/249 found (recall 0.920); 285 findings,
    275 right (precision 0.965): 10 false positives, 9 of them on 7 of the negatives.
    Missed (20): phones with the '00' international prefix (0044 / 0049 / 0061 / 0091 /
      0039 / 001 / 0027: seven of the eleven drawn; the other four were found only by
      their national part, after the prefix), a Japanese 090(6591)0349, a dotted Japanese 06.6322.7064
      after a bare "TEL" at the start of a text, a German "Fon 0221-817515", a Polish
      "Mój numer to 850 772 331", a WhatsApp wa.me/<number> link; a Canadian SIN under a
      JSON "sin" key; an OCR-like form (letter-spaced labels, "034 - 01 - 1578" SSN,
      "01 / 23 / 1997" date of birth, a phone with two spaces) and doubled spaces between
      the groups of an IBAN and of a card; a Brazilian address whose city Faker wrote in
      lower case and a Mexican one (Col. ..., C.P. 84227).
    False positives (10): the email rule on ssh / git remote user@host (deploy@build-07
      .internal after `ssh`, ubuntu@bastion... after `ssh -i ... -p 2222`,
      git@github.com:org/repo.git), email-percent-encoded on retina image names
      (logo%402x.png, logo%403x.png), ipv4 on 0.0.0.0 (a listen address and an `ip addr`
      broadcast) and 127.0.0.1, phone-national-context on a Chrome version
      (0.6059.184 before "Mobile Safari"), phone-national-layout inside decimals
      ("08 67.26 24.85" from a row of sensor readings).
    whole own set at first sight (as crates/aiguard-core/tests/secrets_pii_own_set.rs
      counts): pii recall 0.9762 (983/1007), precision 0.9888 (1319/1334); secret
      unchanged (0.9960 / 0.9995).

Second round (records_r2, source prefix "b10r2/": 63 PII spans besides person names in
51 records, 15 hard-negative records), the same families in shapes the first round did
not draw (phones of Switzerland, Austria, Belgium, Portugal, Ireland, Norway, Denmark,
Turkey, Singapore, Korea, in JSON arrays and tel: / sms: / api.whatsapp.com links;
e-mail with a JSON \u0040 or an HTML &#64; / &#x40; for the @, quoted display names,
mailto ?cc=, postfix log lines; X-Forwarded-For, IPv6 in URLs, IPv4-mapped IPv6, BSD
ifconfig, MACs in lower-case dashes and without separators; cards in pipe-delimited logs
and XML, Diners 4-6-4; IBANs in camt XML and query strings; dates of birth in query
strings, two-digit years, Turkish; a passport's machine-readable zone; ids in XML / JSON,
a BSN with dots, lower-case codice fiscale and NINO; US suites and two-line addresses,
c/o, UK flats, address fields of a JSON record), written after the first draft of rules
(commit b2d97f6) and measured against it, so a fairer held-out estimate than the tuned
figure:
    pii 55/63 found (recall 0.873); 71 findings, 67 right (precision 0.944): 4 false
    positives on 4 of the 15 negatives.
    Missed (8): a Portuguese "Telemóvel:" line; the JSON \u0040 and both HTML
      character references; a MAC without separators under a "mac_address" key; the
      document number in a passport's MRZ; a lower-case codice fiscale and NINO.
    False positives (4): phone-intl-00 on "Serial No. 0049-2543-2547" and on a ratio
      "0044.84 / 0031.95"; the email rule on the host after `ssh -J jump@bastion...`
      (a token holding @ between ssh and the value); payment-card-context on
      "Card: 0000 0000 0000 0000".

Tuned figures, with the rules as of the commit that last changed this paragraph
(rulesets/pii.toml: new phone-intl-00, phone-whatsapp-link, br-city-uf-cep,
mx-colonia-cp, email-escaped-at, mac-address-compact-context, passport-mrz,
uk-nino-lowercase, it-codice-fiscale-lowercase; changed email, email-percent-encoded,
ipv4, phone-national-layout, phone-national-context, ca-sin, iban,
payment-card-context, us-ssn-context, date-of-birth):
    batch 10 first round: pii 249/249, 0 false positives (58 negatives).
    second round: pii 63/63, 0 false positives (15 negatives).
    Left: a bare "TEL" / "Fon" label at the very start of a text finds its number only
      through the layout rules (context words are plain substrings, and " tel " needs the
      space before it); letter-spaced labels of OCR text ("D O B", "SOC . SEC .") are
      covered only where a word list was widened for them.
    whole own set (crates/aiguard-core/tests/secrets_pii_own_set.rs): pii 1066/1070
      (0.9963), precision 0.9979 (1429/1432); secret unchanged (1755/1762, 0.9995).
    ../shared/corpus/dev.jsonl (score.py): secret and PII P 1.000 R 1.000 (pii 1179 /
      1179), injection unchanged, benign 0.0%.
    tools/faker_sweep.py (n 40, the rules before the batch vs after): phone 0.998 /
      0.998, email, iban, ipv4, date_of_birth, us_ssn, mac, passport, uk_nino 1.000 /
      1.000, credit_card 0.984 / 0.984, address 0.991 / 0.991, national_id 0.970 /
      0.970; phone and email over all wrappers (n 8) unchanged.
    292 M characters of real text (/usr/share/doc, /usr/lib/python3.11, /etc,
      /usr/include, the venv's site-packages, ~/.cargo/registry/src, /usr/share/man),
      the PII rules before the batch vs after: one finding the old rules did not give,
      phone-intl-00 on "0031-11-1129 in Japan, toll free" in a GNU copyright file (a
      phone number indeed, a Japanese toll-free one read as +31).
    Cost: phone-intl-00 is the one rule newly woken on the bench prompts
      (benches/workloads.py; its keywords 001..009 hit the milliseconds of log
      timestamps, "13.004Z", where it searches windows; the first draft's bare "00"
      anchor also hit every clock time); every other new rule has specific keywords or
      context words. scan_loop, old rules vs new, interleaved, min of 10: 2 KB 26.3 ->
      26.6 us, 16 KB 165.7 -> 168.9 us, 128 KB 1365 -> 1382 us (+1.1% to +1.9%; the
      machine is shared by three builds, and old vs old varies by about as much).
"""

from __future__ import annotations

import json
import random
import urllib.parse

rnd = random.Random(1010)


def records(g, second_round: bool = False):  # noqa: C901 - one flat list of cases reads best
    from faker import Faker

    R = rnd
    out: list[tuple[str, list]] = []
    prefix = "b10r2/" if second_round else "b10/"

    def add(src, segs):
        out.append((prefix + (src if src.startswith("negative/") else "pii/" + src), segs))

    def P(v, t):
        return ("pii", t, v)

    def NAME(v):
        return ("pii", "person", v)

    def mine(fn, *a):
        """Calls a value helper of g with g.R's state replaced by this batch's RNG."""
        saved = g.R.getstate()
        g.R.setstate(R.getstate())
        try:
            return fn(*a)
        finally:
            R.setstate(g.R.getstate())
            g.R.setstate(saved)

    def pick(xs):
        return R.choice(xs)

    def nd(n: int) -> str:
        return "".join(R.choice("0123456789") for _ in range(n))

    fk = {}
    for i, loc in enumerate(["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pt_BR", "en_IN", "ja_JP",
                             "en_AU", "es_MX", "pl_PL", "sv_SE", "en_CA"]):
        f = Faker(loc)
        f.seed_instance(1010 + (1 if second_round else 0) * 100 + i)
        fk[loc] = f

    def name(loc="en_US"):
        return fk[loc].first_name() + " " + fk[loc].last_name()

    def ascii_(s: str) -> str:
        tr = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e", "ê": "e", "á": "a", "à": "a", "í": "i",
                            "ó": "o", "ú": "u", "ñ": "n", "ç": "c", "ł": "l", "ś": "s", "ż": "z", "ą": "a", "ę": "e", "å": "a",
                            "ã": "a", "õ": "o", "ô": "o", "ć": "c", "ń": "n", "ź": "z", "ï": "i", "ë": "e"})
        return "".join(c for c in s.lower().translate(tr) if c.isalnum())

    def email(nm: str, style: str | None = None) -> str:
        first, last = ascii_(nm.split()[0]), ascii_(nm.split()[-1])
        style = style or pick(["dot", "plus", "sub", "init", "num", "under"])
        dom = pick(["gmail.com", "outlook.de", "posteo.de", "free.fr", "yahoo.es", "virgilio.it", "ziggo.nl", "bol.com.br",
                    "rediffmail.com", "docomo.ne.jp", "bigpond.com", "prodigy.net.mx", "wp.pl", "telia.se", "shaw.ca",
                    "fastmail.fm", "hey.com", "zoho.eu"])
        if style == "plus":
            return f"{first}.{last}+{pick(['invoices', 'jobs', 'amazon', 'bank', 'promo2024'])}@{pick(['gmail.com', 'fastmail.fm', 'proton.me'])}"
        if style == "sub":
            return f"{first[0]}.{last}@{pick(['mail', 'staff', 'corp', 'eu'])}.{pick(['northwind-logistics', 'brightpath', 'kestrel-labs', 'orbitax'])}.{pick(['com', 'co.uk', 'de', 'io'])}"
        if style == "init":
            return f"{first[0]}{last}@{dom}"
        if style == "num":
            return f"{first}{last}{R.randint(1, 99)}@{dom}"
        if style == "under":
            return f"{last}_{first}@{dom}"
        return f"{first}.{last}@{dom}"

    # ---------------------------------------------------------------- phones
    def phone(cc: str, style: int | None = None) -> str:
        """A phone number of a country in one of several written forms."""
        def pk(forms):
            return forms[style % len(forms)] if style is not None else pick(forms)
        if cc in ("US", "CA"):
            a = f"{R.randint(2, 9)}{R.randint(0, 8)}{R.randint(0, 9)}"
            e = f"{R.randint(2, 9)}{nd(2)}"
            n = nd(4)
            return pk([f"({a}) {e}-{n}", f"{a}.{e}.{n}", f"+1 {a}.{e}.{n}", f"1 ({a}) {e}-{n}", f"001 {a} {e} {n}",
                       f"{a}/{e}-{n}", f"+1({a}){e}-{n}", f"{a} {e} {n}"])
        if cc == "UK":
            return pk([f"+44 (0) 20 {R.randint(3, 8)}{nd(3)} {nd(4)}", f"0044 7{nd(3)} {nd(3)} {nd(3)}", f"(020) {R.randint(3, 8)}{nd(3)}-{nd(4)}",
                       f"0{R.randint(113, 191)} {nd(3)} {nd(4)}", f"07{nd(3)}-{nd(6)}", f"+44.20.{R.randint(3, 8)}{nd(3)}.{nd(4)}"])
        if cc == "DE":
            return pk([f"+49 (0) 30 / {nd(3)} {nd(2)} {nd(3)}", f"0049 89 {nd(7)}", f"(0 40) {nd(3)} {nd(2)} {nd(2)}", f"0221-{nd(6)}",
                       f"+49-171-{nd(7)}", f"0 15 {R.randint(1, 7)}{nd(1)} / {nd(3)} {nd(2)} {nd(2)}", f"069 / {nd(2)} {nd(2)} {nd(2)}-{nd(2)}"])
        if cc == "FR":
            pairs = [nd(2) for _ in range(4)]
            d = R.randint(1, 7)
            return pk([f"+33 (0){d} {' '.join(pairs)}", f"0033 {d} {' '.join(pairs)}", f"0{d}-{'-'.join(pairs)}", f"0{d}.{'.'.join(pairs)}",
                       f"+33 {d}.{'.'.join(pairs)}", f"0{d} {''.join(pairs[:2])} {''.join(pairs[2:])}"])
        if cc == "ES":
            return pk([f"(+34) 91 {nd(3)} {nd(2)} {nd(2)}", f"0034 6{nd(2)} {nd(2)} {nd(2)} {nd(2)}", f"6{nd(2)}.{nd(3)}.{nd(3)}",
                       f"+34-93-{nd(3)}-{nd(2)}-{nd(2)}", f"9{R.randint(1, 8)}{nd(1)} {nd(3)} {nd(3)}"])
        if cc == "IT":
            return pk([f"(+39) 06.{nd(4)}.{nd(4)}", f"0039 3{nd(2)} {nd(7)}", f"02/{nd(8)}", f"+39 3{nd(2)}.{nd(3)}.{nd(4)}",
                       f"011 {nd(3)} {nd(2)} {nd(2)}"])
        if cc == "NL":
            return pk([f"+31 (0)20 {nd(3)} {nd(2)} {nd(2)}", f"0031 6 {nd(4)} {nd(4)}", f"(010) {nd(3)} {nd(4)}", f"06 - {nd(4)} {nd(4)}",
                       f"+31 6-{nd(8)}"])
        if cc == "BR":
            ddd = pick(["11", "21", "31", "47", "85"])
            return pk([f"+55 ({ddd}) 9 {nd(4)}-{nd(4)}", f"0055 {ddd} 9{nd(4)} {nd(4)}", f"({ddd})9{nd(4)}-{nd(4)}",
                       f"(0{ddd}) {R.randint(2, 5)}{nd(3)}-{nd(4)}", f"{ddd} 9 {nd(4)} {nd(4)}"])
        if cc == "IN":
            m = f"{R.randint(7, 9)}{nd(4)}"
            return pk([f"+91 {m}-{nd(5)}", f"0091 {m} {nd(5)}", f"0{m}-{nd(5)}", f"+91 (22) {nd(4)} {nd(4)}", f"022-{nd(8)}",
                       f"+91.{m}.{nd(5)}"])
        if cc == "JP":
            return pk([f"+81 (0)3-{nd(4)}-{nd(4)}", f"0081 90 {nd(4)} {nd(4)}", f"(03) {nd(4)}-{nd(4)}", f"090({nd(4)}){nd(4)}",
                       f"06.{nd(4)}.{nd(4)}", f"+81-80-{nd(4)}-{nd(4)}"])
        if cc == "AU":
            return pk([f"+61 (0)2 {nd(4)} {nd(4)}", f"0061 4{nd(2)} {nd(3)} {nd(3)}", f"(03) {nd(4)}-{nd(4)}", f"04{nd(2)}-{nd(3)}-{nd(3)}",
                       f"+61 4{nd(2)}.{nd(3)}.{nd(3)}"])
        if cc == "MX":
            return pk([f"+52 (55) {nd(4)}-{nd(4)}", f"01 55 {nd(4)} {nd(4)}", f"(81) {nd(4)} {nd(4)}", f"+52 1 33 {nd(4)}-{nd(4)}",
                       f"55-{nd(4)}-{nd(4)}"])
        if cc == "PL":
            return pk([f"+48 22 {nd(3)} {nd(2)} {nd(2)}", f"0048 {R.randint(5, 8)}{nd(2)}-{nd(3)}-{nd(3)}", f"(22) {nd(3)}-{nd(2)}-{nd(2)}",
                       f"{R.randint(5, 8)}{nd(2)} {nd(3)} {nd(3)}", f"+48 (12) {nd(3)} {nd(2)} {nd(2)}"])
        if cc == "SE":
            return pk([f"+46 (0)8-{nd(3)} {nd(2)} {nd(2)}", f"0046 70 {nd(3)} {nd(2)} {nd(2)}", f"08-{nd(3)} {nd(3)} {nd(2)}", f"07{R.randint(0, 6)}-{nd(3)} {nd(2)} {nd(2)}",
                       f"031-{nd(2)} {nd(2)} {nd(2)}"])
        if cc == "ZA":
            return pk([f"+27 (0)21 {nd(3)} {nd(4)}", f"0027 82 {nd(3)} {nd(4)}", f"(011) {nd(3)}-{nd(4)}", f"0{R.randint(71, 84)}-{nd(3)}-{nd(4)}",
                       f"+27 {R.randint(71, 84)} {nd(3)} {nd(4)}"])
        raise ValueError(cc)

    # ---------------------------------------------------------------- cards, IBANs
    def card(brand: str) -> str:
        return mine(g.card, brand)

    def card_fmt(num: str, sep: str) -> str:
        if sep == "":
            return num
        if len(num) == 15:
            return sep.join([num[:4], num[4:10], num[10:]])
        return sep.join(num[i:i + 4] for i in range(0, len(num), 4))

    def luhn_bad(num: str) -> str:
        last = int(num[-1])
        return num[:-1] + str((last + R.randint(1, 9)) % 10)

    def rib_key(bank: str, guichet: str, account: str) -> str:
        conv = {c: str(v) for c, v in zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "12345678912345678923456789")}
        acc = "".join(conv.get(c, c) for c in account)
        return f"{97 - (89 * int(bank) + 15 * int(guichet) + 3 * int(acc)) % 97:02d}"

    def es_dc(bank: str, branch: str, account: str) -> str:
        def d(s, w):
            r = 11 - sum(int(c) * x for c, x in zip(s, w)) % 11
            return 0 if r == 11 else 1 if r == 10 else r
        w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
        return f"{d('00' + bank + branch, w)}{d(account, w)}"

    def it_cin(abi: str, cab: str, conto: str) -> str:
        odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
        s = abi + cab + conto
        tot = 0
        for i, ch in enumerate(s):
            v = int(ch) if ch.isdigit() else ord(ch) - 65
            tot += odd[v] if i % 2 == 0 else v
        return chr(65 + tot % 26)

    def iban(cc: str) -> str:
        if cc == "DE":
            bban = nd(8) + nd(10)
        elif cc == "FR":
            bank, gui, acc = nd(5), nd(5), nd(11)
            bban = bank + gui + acc + rib_key(bank, gui, acc)
        elif cc == "ES":
            bank, br, acc = nd(4), nd(4), nd(10)
            bban = bank + br + es_dc(bank, br, acc) + acc
        elif cc == "IT":
            abi, cab, conto = nd(5), nd(5), nd(12)
            bban = it_cin(abi, cab, conto) + abi + cab + conto
        elif cc == "NL":
            bban = pick(["ABNA", "INGB", "RABO", "TRIO"]) + nd(10)
        elif cc == "GB":
            bban = pick(["NWBK", "BARC", "LOYD", "MIDL"]) + nd(6) + nd(8)
        elif cc == "BE":
            b = nd(10)
            c = int(b) % 97 or 97
            bban = b + f"{c:02d}"
        elif cc == "CH":
            bban = nd(5) + nd(12)
        elif cc == "AT":
            bban = nd(16)
        elif cc == "PL":
            bban = nd(24)
        elif cc == "PT":
            bban = nd(21)
        elif cc == "SE":
            bban = nd(20)
        else:
            raise ValueError(cc)
        return cc + g.iban_check(cc, bban) + bban

    def grouped(s: str) -> str:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))

    def iban_bad(cc: str) -> str:
        v = iban(cc)
        k = int(v[2:4])
        return v[:2] + f"{(k + R.randint(1, 9)) % 97 or 11:02d}" + v[4:]

    # ---------------------------------------------------------------- network ids
    def ipv4(public: bool = True) -> str:
        if not public:
            return pick([f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(2, 254)}",
                         f"192.168.{R.randint(0, 255)}.{R.randint(2, 254)}",
                         f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(2, 254)}"])
        first = pick([R.randint(23, 99), R.randint(101, 126), R.randint(128, 191), R.randint(193, 223)])
        return f"{first}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(2, 254)}"

    def h16() -> str:
        return format(R.randint(0, 0xFFFF), "x")

    def ipv6(kind: str) -> str:
        pre = pick(["2a02:8108", "2600:1700", "2a01:4f8", "2001:4860", "2407:7000", "2804:14c"])
        if kind == "short":
            return f"{pre}:{h16()}::{h16()}"
        if kind == "mid":
            return f"{pre}:{h16()}:{h16()}::{h16()}:{h16()}"
        if kind == "full":
            return ":".join([pre] + [h16() for _ in range(6)])
        if kind == "ll":
            return f"fe80::{h16()}:{h16()}:{h16()}:{h16()}"
        if kind == "upper":
            return f"{pre}:{h16()}:{h16()}::{h16()}".upper()
        raise ValueError(kind)

    def mac(form: str) -> str:
        b = [R.randint(0, 255) for _ in range(6)]
        b[0] &= 0xFC
        h = "".join(f"{x:02x}" for x in b)
        if form == "colon":
            return ":".join(h[i:i + 2] for i in range(0, 12, 2))
        if form == "COLON":
            return ":".join(h[i:i + 2] for i in range(0, 12, 2)).upper()
        if form == "dash":
            return "-".join(h[i:i + 2] for i in range(0, 12, 2)).upper()
        if form == "cisco":
            return f"{h[:4]}.{h[4:8]}.{h[8:]}"
        raise ValueError(form)

    # ---------------------------------------------------------------- ids
    def ssn():
        return mine(g.ssn)

    def tfn() -> str:
        while True:
            d = [R.randint(0, 9) for _ in range(9)]
            d[0] = R.randint(1, 9)
            if sum(x * w for x, w in zip(d, [1, 4, 3, 7, 5, 8, 6, 9, 10])) % 11 == 0:
                s = "".join(map(str, d))
                return f"{s[:3]} {s[3:6]} {s[6:]}"

    def za_id() -> str:
        yy, mm, dd = R.randint(50, 99), R.randint(1, 12), R.randint(1, 28)
        body = f"{yy:02d}{mm:02d}{dd:02d}{R.randint(0, 9999):04d}{pick('01')}8"
        return g.luhn_complete(body)

    def my_number() -> str:
        while True:
            d = [R.randint(0, 9) for _ in range(11)]
            s = sum(x * (n + 1 if n <= 6 else n - 5) for n, x in zip(range(1, 12), reversed(d)))
            r = s % 11
            c = 0 if r <= 1 else 11 - r
            t = "".join(map(str, d)) + str(c)
            return f"{t[:4]} {t[4:8]} {t[8:]}"

    def curp() -> str:
        alpha = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
        cons = "BCDFGHJKLMNPQRSTVWXZ"
        body = (pick(cons) + pick("AEIOU") + pick(cons) + pick(cons) + f"{R.randint(60, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}"
                + pick("HM") + pick(["DF", "JC", "NL", "PL", "VZ", "MC"]) + pick(cons) + pick(cons) + pick(cons) + "0")
        s = sum(alpha.index(c) * (18 - i) for i, c in enumerate(body))
        return body + str((10 - s % 10) % 10)

    # ---------------------------------------------------------------- dates, passports
    MONTHS = {
        "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
        "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
        "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
        "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
        "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
        "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    }

    def ymd():
        return R.randint(1941, 2006), R.randint(1, 12), R.randint(1, 28)

    def passport(cc: str) -> str:
        return {
            "US": lambda: pick(["5", "6", "A"]) + nd(8),
            "UK": lambda: nd(9),
            "DE": lambda: pick("CFGHJK") + "".join(pick("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
            "FR": lambda: nd(2) + pick("ABCDEFGHJKLMNPRSTUVWXYZ") + pick("ABCDEFGHJKLMNPRSTUVWXYZ") + nd(5),
            "ES": lambda: pick(["PAA", "PAB", "XDA", "AAB"]) + nd(6),
            "IT": lambda: pick(["YA", "YB", "AA", "YC"]) + nd(7),
            "NL": lambda: pick(["NX", "NW", "BM"]) + "".join(pick("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(6)) + nd(1),
            "IN": lambda: pick("JKLMNPRSTUVWZ") + nd(7),
            "BR": lambda: pick(["FZ", "GA", "YB"]) + nd(6),
            "JP": lambda: pick(["TK", "TZ", "MU", "RE"]) + nd(7),
            "AU": lambda: pick(["PA", "PB", "N", "E"]) + nd(7),
            "CA": lambda: pick(["AB", "HK", "GA"]) + nd(6),
            "MX": lambda: pick("GNE") + nd(8),
            "PL": lambda: pick(["EA", "EC", "ER"]) + nd(7),
        }[cc]()

    def addr(loc: str) -> str:
        f = fk[loc]
        if loc == "en_US":
            return f"{f.building_number()} {f.street_name()} {f.street_suffix()}, {f.city()}, {f.state_abbr()} {f.zipcode()}"
        if loc == "en_GB":
            return f"{R.randint(1, 180)} {f.street_name()}, {f.city()} {f.postcode()}"
        if loc == "de_DE":
            return f"{f.street_name()} {f.building_number()}, {f.postcode()} {f.city()}"
        if loc == "fr_FR":
            return f"{f.street_address()}, {f.postcode()} {f.city()}"
        if loc == "es_ES":
            return f"{f.street_address()}, {f.postcode()} {f.city()}"
        if loc == "it_IT":
            return f"{f.street_address()}, {f.postcode()} {f.city()} ({f.state_abbr()})"
        if loc == "nl_NL":
            return f"{f.street_name()} {R.randint(1, 250)}, {f.postcode()} {f.city()}"
        if loc == "pt_BR":
            return f"{f.street_name()}, {R.randint(1, 3000)} - {f.bairro()}, {f.city()} - {f.estado_sigla()}, {f.postcode()}"
        if loc == "en_AU":
            return f"{R.randint(1, 300)} {f.street_name()} {f.street_suffix()}, {f.city()} {f.state_abbr()} {f.postcode()}"
        if loc == "pl_PL":
            return f"ul. {f.street_name()} {R.randint(1, 120)}/{R.randint(1, 40)}, {f.postcode()} {f.city()}"
        if loc == "sv_SE":
            return f"{f.street_name()} {R.randint(1, 80)}, {nd(3)} {nd(2)} {f.city()}"
        if loc == "es_MX":
            return f"{f.street_name()} {R.randint(1, 999)}, Col. {f.city()}, C.P. {nd(5)}, {f.city()}"
        if loc == "en_CA":
            return f"{f.building_number()} {f.street_name()}, {f.city()}, {f.province_abbr()} {f.postalcode()}"
        raise ValueError(loc)

    if not second_round:
        _first_round(add, P, NAME, R, pick, nd, fk, name, email, phone, card, card_fmt, luhn_bad, iban, grouped, iban_bad,
                     ipv4, ipv6, mac, ssn, tfn, za_id, my_number, curp, MONTHS, ymd, passport, addr, mine, g)
    else:
        _second_round(add, P, NAME, R, pick, nd, fk, name, email, phone, card, card_fmt, luhn_bad, iban, grouped, iban_bad,
                      ipv4, ipv6, mac, ssn, tfn, za_id, my_number, curp, MONTHS, ymd, passport, addr, mine, g)
    return out


def records_r2(g):
    return records(g, second_round=True)


def _first_round(add, P, NAME, R, pick, nd, fk, name, email, phone, card, card_fmt, luhn_bad, iban, grouped, iban_bad,  # noqa: C901
                 ipv4, ipv6, mac, ssn, tfn, za_id, my_number, curp, MONTHS, ymd, passport, addr, mine, g):
    # ================================================================ CSV / TSV
    rows = []
    for loc, cc in [("en_US", "US"), ("de_DE", "DE"), ("fr_FR", "FR")]:
        nm = name(loc)
        rows.append(("", nm, email(nm), phone(cc)))
    segs = ["id,full_name,email,phone,created_at\n"]
    for i, (_, nm, em, ph) in enumerate(rows):
        segs += [f"{1000 + i},", NAME(nm), ",", P(em, "email"), ",", P(ph, "phone"), f",2024-0{i + 1}-1{i}T08:1{i}:00Z\n"]
    add("csv_contacts", segs)

    nm = name("en_GB")
    add("csv_quoted", ["\"customer_id\";\"name\";\"iban\";\"mobile\"\n\"C-20931\";\"", NAME(nm), "\";\"", P(grouped(iban("GB")), "iban"), "\";\"", P(phone("UK", 1), "phone"), "\"\n"])

    nm1, nm2 = name("es_ES"), name("it_IT")
    add("tsv", ["nombre\tdni\ttelefono\tcorreo\n", NAME(nm1), "\t", P(mine(g.dni), "es_dni"), "\t", P(phone("ES", 0), "phone"), "\t", P(email(nm1), "email"), "\n",
                NAME(nm2), "\t", P(mine(g.nie), "es_nie"), "\t", P(phone("ES", 2), "phone"), "\t", P(email(nm2, "plus"), "email"), "\n"])

    nm = name("en_US")
    y, m, d = ymd()
    add("csv_patients", ["mrn,patient,dob,ssn,zip\n", f"MRN{nd(7)},", NAME(nm), ",", P(f"{m:02d}/{d:02d}/{y}", "date_of_birth"), ",", P(ssn(), "us_ssn"), f",{nd(5)}\n"])

    c = card("visa")
    add("csv_payments", ["txn_id,cardholder,pan,exp,amount\n", f"tx_{nd(10)},", NAME(name("en_US")), ",", P(c, "payment_card"), f",0{R.randint(1, 9)}/2{R.randint(6, 9)},{R.randint(5, 900)}.{nd(2)}\n"])

    # ================================================================ JSON / NDJSON
    nm = name("en_US")
    add("json_nested", ["{\"order\": {\"id\": \"ord_" + nd(9) + "\", \"customer\": {\"name\": \"", NAME(nm), "\", \"contact\": {\"email\": \"", P(email(nm, "sub"), "email"),
                        "\", \"phone\": \"", P(phone("US", 2), "phone"), "\"}, \"billing\": {\"address\": \"", P(addr("en_US"), "address"), "\"}}}}\n"])
    nm = name("de_DE")
    inner = {"user": nm, "iban": iban("DE"), "ip": ipv4()}
    esc = json.dumps(json.dumps(inner))
    s_user = esc.index(nm)
    s_iban = esc.index(inner["iban"])
    s_ip = esc.index(inner["ip"])
    add("json_escaped", ["{\"event\": \"payout.created\", \"payload\": ", esc[:s_user], NAME(nm), esc[s_user + len(nm):s_iban], P(inner["iban"], "iban"),
                         esc[s_iban + len(inner["iban"]):s_ip], P(inner["ip"], "ipv4"), esc[s_ip + len(inner["ip"]):], "}\n"])
    segs = []
    for cc, loc in [("NL", "nl_NL"), ("SE", "sv_SE"), ("PL", "pl_PL")]:
        nm = name(loc)
        segs += ["{\"ts\":\"2025-06-0" + str(R.randint(1, 9)) + "T1" + str(R.randint(0, 9)) + ":0" + str(R.randint(0, 9)) + ":11Z\",\"lvl\":\"info\",\"msg\":\"signup\",\"email\":\"",
                 P(email(nm), "email"), "\",\"tel\":\"", P(phone(cc), "phone"), "\",\"client_ip\":\"", P(ipv4(), "ipv4"), "\"}\n"]
    add("ndjson", segs)
    y, m, d = ymd()
    nm = name("en_CA")
    add("json_profile", ["{\n  \"firstName\": \"" + nm.split()[0] + "\",\n  \"lastName\": \"" + nm.split()[-1] + "\",\n  \"birthDate\": \"", P(f"{y}-{m:02d}-{d:02d}", "date_of_birth"),
                         "\",\n  \"sin\": \"", P(mine(g.sin), "ca_sin"), "\",\n  \"address\": {\"line1\": \"", P(addr("en_CA"), "address"), "\"}\n}\n"])
    add("json_device", ["{\"device\":{\"hostname\":\"kiosk-17\",\"mac\":\"", P(mac("COLON"), "mac_address"), "\",\"ipv6\":\"", P(ipv6("mid"), "ipv6"), "\",\"fw\":\"4.2.19\"}}\n"])

    # ================================================================ XML / HTML
    nm = name("fr_FR")
    add("xml_customer", ["<?xml version=\"1.0\"?>\n<Client>\n  <Nom>", NAME(nm), "</Nom>\n  <Courriel>", P(email(nm), "email"), "</Courriel>\n  <Telephone>", P(phone("FR", 0), "phone"),
                         "</Telephone>\n  <NIR>", P(mine(g.nir), "fr_nir"), "</NIR>\n  <IBAN>", P(iban("FR"), "iban"), "</IBAN>\n</Client>\n"])
    add("xml_sepa", ["<Cdtr><Nm>", NAME(name("de_DE")), "</Nm></Cdtr>\n<CdtrAcct><Id><IBAN>", P(iban("AT"), "iban"), "</IBAN></Id></CdtrAcct>\n<DbtrAcct><Id><IBAN>",
                     P(iban("BE"), "iban"), "</IBAN></Id></DbtrAcct>\n"])
    nm = name("en_US")
    add("html_form", ["<form action=\"/apply\" method=\"post\">\n  <label for=\"email\">Email</label>\n  <input type=\"email\" id=\"email\" name=\"email\" value=\"", P(email(nm), "email"),
                      "\">\n  <label for=\"tel\">Phone</label>\n  <input type=\"tel\" name=\"tel\" value=\"", P(phone("US", 0), "phone"),
                      "\">\n  <input type=\"hidden\" name=\"ssn\" value=\"", P(ssn(), "us_ssn"), "\">\n</form>\n"])
    add("html_table", ["<table>\n<tr><th>Name</th><th>Telefon</th><th>E-Mail</th></tr>\n<tr><td>", NAME(name("de_DE")), "</td><td>", P(phone("DE", 0), "phone"), "</td><td>",
                       P(email(name("de_DE")), "email"), "</td></tr>\n<tr><td>", NAME(name("de_DE")), "</td><td>", P(phone("DE", 2), "phone"), "</td><td>",
                       P(email(name("de_DE"), "init"), "email"), "</td></tr>\n</table>\n"])
    add("html_tel_link", ["<p>Reach our Mumbai office on <a href=\"tel:", P("+91" + nd(10)[:0] + f"22{nd(8)}", "phone"), "\">", P(phone("IN", 4), "phone"), "</a></p>\n"])
    add("html_address", ["<address>\n  ", P(addr("en_AU").replace(", ", "<br>\n  ", 1), "address"), "<br>\n  <a href=\"mailto:", P(email(name("en_AU")), "email"), "\">email</a>\n</address>\n"])

    # ================================================================ SQL
    nm1, nm2 = name("pt_BR"), name("pt_BR")
    add("sql_insert", ["INSERT INTO clientes (nome, cpf, email, telefone) VALUES\n  ('", NAME(nm1), "', '", P(mine(g.cpf), "br_cpf"), "', '", P(email(nm1), "email"), "', '", P(phone("BR", 0), "phone"),
                       "'),\n  ('", NAME(nm2), "', '", P(mine(g.cpf).replace(".", "").replace("-", ""), "br_cpf"), "', '", P(email(nm2, "num"), "email"), "', '", P(phone("BR", 2), "phone"), "');\n"])
    c = card("mastercard")
    add("sql_update", ["UPDATE payment_methods SET pan = '", P(c, "payment_card"), "', exp_month = 11 WHERE customer_id = " + nd(6) + ";\n"])
    add("sql_where", ["SELECT * FROM users WHERE email = '", P(email(name("en_GB")), "email"), "' OR phone = '", P(phone("UK", 4), "phone"), "' LIMIT 1;\n"])
    add("sql_dump", ["COPY public.employees (id, name, nin, dob) FROM stdin;\n" + nd(3) + "\t", NAME(name("en_GB")), "\t", P(mine(g.nino), "uk_nino"), "\t",
                     P("19" + str(R.randint(50, 99)) + f"-0{R.randint(1, 9)}-1{R.randint(0, 9)}", "date_of_birth"), "\n\\.\n"])

    # ================================================================ logs
    ua = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36"
    add("nginx_access", [P(ipv4(), "ipv4"), " - - [12/Mar/2025:09:14:" + nd(2)[:1] + "2 +0000] \"GET /account/settings HTTP/1.1\" 200 5123 \"-\" \"" + ua + "\"\n",
                         P(ipv4(), "ipv4"), " - - [12/Mar/2025:09:14:58 +0000] \"POST /api/v1/login HTTP/2.0\" 401 87 \"https://app.brightpath.io/\" \"curl/8.5.0\"\n"])
    em = email(name("en_US"))
    add("nginx_query_email", [P(ipv4(), "ipv4"), " - - [03/Apr/2025:22:01:17 +0200] \"GET /unsubscribe?uid=" + nd(6) + "&email=", P(em.replace("@", "%40").replace("+", "%2B"), "email"),
                              "&list=news HTTP/1.1\" 302 0 \"-\" \"" + ua + "\"\n"])
    add("apache_v6", ["[", P(ipv6("short"), "ipv6"), "]:51514 - - [01/Feb/2025:11:02:33 +0100] \"GET /favicon.ico HTTP/1.1\" 404 196\n"])
    add("apache_error", ["[Tue Feb 04 10:22:19.448210 2025] [authz_core:error] [pid 3312:tid 140] [client ", P(ipv4(), "ipv4"), ":" + str(R.randint(30000, 65000)) + "] AH01630: client denied by server configuration: /srv/www/.env\n"])
    nm = name("en_US")
    add("app_kv", ["2025-05-19T14:03:22.118Z INFO  checkout.service order_id=ord_" + nd(8) + " user_email=", P(email(nm, "plus"), "email"), " phone=", P(phone("US", 1), "phone"),
                   " remote_addr=", P(ipv4(), "ipv4"), " status=paid\n"])
    add("app_kv_quoted", ["level=warn ts=2025-05-19T14:03:22Z caller=auth.go:88 msg=\"too many attempts\" user=\"", P(email(name("en_GB")), "email"), "\" src=\"", P(ipv4(), "ipv4") ,
                          ":" + str(R.randint(1024, 65000)) + "\"\n"])
    add("syslog_dhcp", ["Mar 11 07:31:02 gw dhcpd[912]: DHCPACK on ", P(ipv4(False), "ipv4"), " to ", P(mac("colon"), "mac_address"), " (android-8f2a) via eth1\n"])
    add("ssh_auth_log", ["Jan 28 03:12:44 bastion sshd[20931]: Failed password for invalid user admin from ", P(ipv4(), "ipv4"), " port " + str(R.randint(30000, 65000)) + " ssh2\n"])
    add("ip_addr_show", ["2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc fq_codel state UP\n    link/ether ", P(mac("colon"), "mac_address"), " brd ff:ff:ff:ff:ff:ff\n    inet ",
                         P(ipv4(), "ipv4"), "/24 brd 0.0.0.0 scope global eth0\n    inet6 ", P(ipv6("ll"), "ipv6"), "/64 scope link\n"])
    add("zone_id", ["$ ping6 ", P(ipv6("ll") + "%eth0", "ipv6"), "\nPING fe80 56 data bytes\n"])
    add("v6_port", ["upstream backend {\n    server [", P(ipv6("mid"), "ipv6"), "]:8443 max_fails=3;\n    server ", P(ipv4(), "ipv4"), ":8443 backup;\n}\n"])
    add("cisco_arp", ["Router# show arp\nProtocol  Address          Age (min)  Hardware Addr   Type   Interface\nInternet  ", P(ipv4(False), "ipv4"), "           12   ",
                      P(mac("cisco"), "mac_address"), "  ARPA   Vlan10\n"])
    add("win_ipconfig", ["Ethernet adapter Ethernet:\n   Physical Address. . . . . . . . . : ", P(mac("dash"), "mac_address"), "\n   IPv4 Address. . . . . . . . . . . : ",
                         P(ipv4(False), "ipv4"), "(Preferred)\n"])
    add("firewall_cidr", ["iptables -A INPUT -s ", P(ipv4() , "ipv4"), "/32 -j DROP   # abusive client seen in the WAF logs\n"])

    # ================================================================ mail
    nm1, nm2 = name("en_US"), name("en_GB")
    e1, e2 = email(nm1), email(nm2, "sub")
    add("mail_headers", ["Return-Path: <", P(e1, "email"), ">\nFrom: \"", NAME(nm1), "\" <", P(e1, "email"), ">\nTo: ", NAME(nm2), " <", P(e2, "email"),
                         ">\nSubject: Re: contract renewal\nReceived: from mail.brightpath.io ([", P(ipv4(), "ipv4"), "])\n"])
    nm = name("de_DE")
    add("mail_signature_de", ["Mit freundlichen Grüßen\n\n", NAME(nm), "\nLeitung Einkauf\nNordwind Logistik GmbH\n", P(addr("de_DE"), "address"), "\nTel.: ", P(phone("DE", 1), "phone"),
                              "\nMobil: ", P(phone("DE", 4), "phone"), "\nE-Mail: ", P(email(nm), "email"), "\n"])
    nm = name("fr_FR")
    add("mail_signature_fr", ["Cordialement,\n", NAME(nm), "\nResponsable RH\n", P(addr("fr_FR"), "address"), "\nTél. : ", P(phone("FR", 3), "phone"), " | Port. : ", P(phone("FR", 4), "phone"), "\n"])
    nm = name("es_MX")
    add("mail_signature_mx", ["Saludos,\n", NAME(nm), "\nGerente de Ventas\nOficina: ", P(phone("MX", 0), "phone"), " ext. 214\nCel: ", P(phone("MX", 3), "phone"), "\n"])
    nm = name("ja_JP")
    add("mail_signature_jp", [nm + "\n株式会社オービット\n〒150-0041 ", P("東京都渋谷区神南" + f"{R.randint(1, 3)}-{R.randint(1, 20)}-{R.randint(1, 30)}", "address"),
                              "\nTEL: ", P(phone("JP", 2), "phone"), "\n携帯: ", P(phone("JP", 3), "phone"), "\n"])
    add("mail_angle", ["please loop in ", NAME(name("en_US")), " <", P(email(name("en_US"), "sub"), "email"), "> on the next thread\n"])
    add("mail_idn", ["Kontakt: ", P("info@" + pick(["bäckerei-müller", "grüne-wiese", "straßenbau-köhler"]) + ".de", "email"), " oder ", P("jürgen." + pick(["weiß", "böhm"]) + "@posteo.de", "email"), "\n"])
    add("mail_upper", ["REPLY TO: ", P(email(name("en_US")).upper(), "email"), "\n"])

    # ================================================================ vCard / iCal
    nm = name("nl_NL")
    add("vcard", ["BEGIN:VCARD\nVERSION:3.0\nFN:", NAME(nm), "\nTEL;TYPE=WORK,VOICE:", P(phone("NL", 0), "phone"), "\nTEL;TYPE=CELL:", P(phone("NL", 1), "phone"),
                  "\nEMAIL;TYPE=INTERNET:", P(email(nm), "email"), "\nADR;TYPE=HOME:;;", P(addr("nl_NL").replace(", ", ";"), "address"), "\nEND:VCARD\n"])
    nm = name("en_AU")
    y, m, d = ymd()
    add("vcard_bday", ["BEGIN:VCARD\nVERSION:4.0\nFN:", NAME(nm), "\nBDAY:", P(f"{y}{m:02d}{d:02d}", "date_of_birth"), "\nTEL;VALUE=uri;TYPE=cell:tel:", P("+61-4" + nd(2) + "-" + nd(3) + "-" + nd(3), "phone"),
                       "\nEND:VCARD\n"])
    nm1, nm2 = name("en_US"), name("en_US")
    add("ical", ["BEGIN:VEVENT\nDTSTART:20250612T150000Z\nSUMMARY:Quarterly review\nORGANIZER;CN=", NAME(nm1), ":mailto:", P(email(nm1), "email"),
                 "\nATTENDEE;ROLE=REQ-PARTICIPANT;CN=", NAME(nm2), ":mailto:", P(email(nm2, "under"), "email"), "\nLOCATION:Dial-in ", P(phone("US", 5), "phone"),
                 " PIN 4471#\nEND:VEVENT\n"])

    # ================================================================ Markdown, chat, YAML
    segs = ["| Name | Country | Phone | Email |\n|---|---|---|---|\n"]
    for cc, loc in [("AU", "en_AU"), ("ZA", "en_GB"), ("IN", "en_IN"), ("IT", "it_IT")]:
        nm = name(loc)
        segs += ["| ", NAME(nm), f" | {cc} | ", P(phone(cc), "phone"), " | ", P(email(nm), "email"), " |\n"]
    add("markdown_table", segs)
    add("chat_transcript", ["[10:02] Agent: Can you confirm the card on file?\n[10:03] Customer: sure it's ", P(card_fmt(card("amex"), " "), "payment_card"),
                            "\n[10:03] Agent: and the billing zip?\n[10:04] Customer: ", f"{nd(5)}\n"])
    add("chat_iban", ["hey can you send the 250 to my other account pls: ", P(iban("NL").lower(), "iban"), " thx"])
    add("chat_iban_sentence", ["Bitte überweisen Sie den Betrag auf das Konto ", P(grouped(iban("DE")), "iban"), " bei der Sparkasse bis Freitag.\n"])
    add("chat_phone_es", ["Llámame al ", P(phone("ES", 1), "phone"), " cuando llegues, o escríbeme por WhatsApp.\n"])
    add("chat_phone_pl", ["Mój numer to ", P(phone("PL", 3), "phone"), ", dzwoń po 17."])
    add("chat_phone_se", ["Ring mig på ", P(phone("SE", 3), "phone"), " imorgon."])
    add("chat_phone_za", ["You can WhatsApp me on ", P(phone("ZA", 3), "phone"), " anytime"])
    nm = name("en_US")
    add("yaml_user", ["users:\n  - name: ", NAME(nm), "\n    email: ", P(email(nm), "email"), "\n    phone: \"", P(phone("CA", 6), "phone"), "\"\n    dob: ", P(f"{ymd()[0]}-0{R.randint(1, 9)}-{R.randint(10, 28)}", "date_of_birth"), "\n"])
    add("yaml_network", ["interfaces:\n  eth0:\n    macaddress: \"", P(mac("colon"), "mac_address"), "\"\n    addresses:\n      - ", P(ipv4(False), "ipv4"), "/24\n      - \"",
                         P(ipv6("short"), "ipv6"), "/64\"\n"])

    # ================================================================ URLs
    em = email(name("en_US"), "plus")
    add("url_query", ["https://shop.brightpath.io/account/verify?email=", P(urllib.parse.quote(em, safe=""), "email"), "&token=" + nd(6) + "\n"])
    add("url_query_phone", ["https://wa.me/", P("34" + "6" + nd(8), "phone"), "?text=Hola\n"])
    add("url_query_plain", ["Redirecting to https://crm.kestrel-labs.io/contacts/search?q=", P(email(name("en_GB")), "email"), "&page=2\n"])

    # ================================================================ OCR-like
    nm = name("en_US")
    add("ocr_form", ["APPLICANT  NAME :  ", NAME(nm.upper()), "\nSOC . SEC . NO :  ", P(ssn().replace("-", " - "), "us_ssn"), "\nD O B :  ", P(f"{R.randint(1, 12):02d} / {R.randint(1, 28):02d} / 19{R.randint(50, 99)}", "date_of_birth"),
                     "\nPHONE :  ", P(phone("US", 0).replace(" ", "  "), "phone"), "\n"])
    add("ocr_iban", ["I B A N :  ", P(grouped(iban("FR")).replace(" ", "  "), "iban"), "\nB I C :  BNPAFRPPXXX\n"])
    c = card("visa")
    add("ocr_card", ["Card No. ", P(" ".join(c[i:i + 4] for i in range(0, 16, 4)).replace(" ", "  "), "payment_card"), "   Exp 09/27\n"])

    # ================================================================ cards, more forms
    for brand, sep, pre in [("visa", "-", "Card number: "), ("mastercard", "", "cc="), ("amex", "-", "AMEX "), ("discover", " ", "Discover card "),
                            ("jcb", " ", "JCBカード番号: "), ("mastercard2", ".", "pan: "), ("visa", " ", "Kartennummer: "), ("amex", "", "\"cardNumber\":\"")]:
        c = card(brand)
        add("card_" + brand, [pre, P(card_fmt(c, sep), "payment_card"), "\"\n" if pre.startswith("\"") else "\n"])

    # ================================================================ IBANs
    for cc, form, pre in [("ES", "grouped", "IBAN: "), ("IT", "compact", "Coordinate bancarie: IBAN "), ("CH", "grouped", "Kontoverbindung CH: "),
                          ("PL", "grouped", "Numer konta: "), ("PT", "compact", "NIB/IBAN "), ("SE", "lower_grouped", "iban "),
                          ("GB", "compact", "Pay to "), ("BE", "grouped", "Rekeningnummer ")]:
        v = iban(cc)
        t = grouped(v) if form == "grouped" else v if form == "compact" else grouped(v).lower()
        add("iban_" + cc.lower(), [pre, P(t, "iban"), "\n"])

    # ================================================================ phones with context words, several countries
    ctx = [("US", "Call me at ", " ext. 12"), ("CA", "Tel: ", ""), ("UK", "Mobile: ", ""), ("DE", "Rufnummer: ", ""), ("FR", "Téléphone portable : ", ""),
           ("IT", "Cellulare: ", ""), ("NL", "Telefoonnummer: ", ""), ("BR", "Telefone: ", ""), ("IN", "Mob: ", ""), ("JP", "電話番号：", ""),
           ("AU", "Ph: ", ""), ("MX", "Teléfono: ", ""), ("PL", "Tel. kom.: ", ""), ("SE", "Telefon: ", ""), ("ZA", "Cell: ", ""),
           ("US", "Fax ", ""), ("UK", "Phone (work): ", " x221"), ("DE", "Fon ", ""), ("ES", "Móvil: ", ""), ("JP", "TEL ", "（代表）")]
    for cc, pre, post in ctx:
        add("phone_" + cc.lower(), [pre, P(phone(cc), "phone"), post + "\n"])

    # ================================================================ dates of birth, several languages
    y, m, d = ymd()
    dobs = [
        ("Date of birth: ", f"{MONTHS['en'][m - 1]} {d}, {y}"),
        ("DOB ", f"{d:02d}-{MONTHS['en'][m - 1][:3]}-{y}"),
        ("Geburtsdatum: ", f"{d}. {MONTHS['de'][m - 1]} {y}"),
        ("geb. am ", f"{d:02d}.{m:02d}.{y}"),
        ("Date de naissance : ", f"{d} {MONTHS['fr'][m - 1]} {y}"),
        ("né le ", f"{d:02d}/{m:02d}/{y}"),
        ("Fecha de nacimiento: ", f"{d} de {MONTHS['es'][m - 1]} de {y}"),
        ("Data di nascita: ", f"{d:02d}/{m:02d}/{y}"),
        ("Data de nascimento: ", f"{d:02d}/{m:02d}/{y}"),
        ("Geboortedatum: ", f"{d:02d}-{m:02d}-{y}"),
        ("Data urodzenia: ", f"{d:02d}.{m:02d}.{y} r."),
        ("Födelsedatum: ", f"{y}-{m:02d}-{d:02d}"),
        ("生年月日：", f"{y}年{m}月{d}日"),
        ("born on the ", f"{d}th of {MONTHS['en'][m - 1]} {y}"),
        ("\"date_of_birth\": \"", f"{y}-{m:02d}-{d:02d}T00:00:00Z"),
    ]
    for pre, v in dobs:
        y, m, d = ymd()
        add("dob", [pre, P(v, "date_of_birth"), "\"\n" if pre.endswith("\"") else "\n"])

    # ================================================================ passports, several languages
    pp = [("US", "Passport No.: "), ("UK", "passport number "), ("DE", "Reisepassnummer: "), ("FR", "Numéro de passeport : "), ("ES", "Número de pasaporte: "),
          ("IT", "Numero di passaporto: "), ("NL", "Paspoortnummer: "), ("IN", "Passport No. "), ("BR", "Número do passaporte: "), ("JP", "旅券番号："),
          ("AU", "Passport #"), ("CA", "passport: "), ("MX", "Pasaporte No. "), ("PL", "Nr paszportu: ")]
    for cc, pre in pp:
        add("passport_" + cc.lower(), [pre, P(passport(cc), "passport"), "\n"])

    # ================================================================ national ids, local-language forms
    ids = [
        ("us_ssn", "Social Security Number: ", ssn),
        ("us_ssn", "SSN#", lambda: ssn().replace("-", "")),
        ("uk_nino", "National Insurance No: ", lambda: (lambda n: f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}")(mine(g.nino))),
        ("es_dni", "DNI/NIF: ", lambda: (lambda v: v[:8] + "-" + v[8])(mine(g.dni))),
        ("nl_bsn", "Burgerservicenummer (BSN): ", lambda: mine(g.bsn)),
        ("fr_nir", "N° de sécurité sociale : ", lambda: (lambda v: f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}")(mine(g.nir))),
        ("it_codice_fiscale", "Codice fiscale: ", lambda: mine(g.codice_fiscale)),
        ("pl_pesel", "PESEL: ", lambda: mine(g.pesel)),
        ("se_personnummer", "Personnummer: ", lambda: mine(g.personnummer)),
        ("br_cpf", "CPF nº ", lambda: mine(g.cpf)),
        ("in_aadhaar", "Aadhaar No.: ", lambda: mine(g.aadhaar)),
        ("ca_sin", "Numéro d'assurance sociale : ", lambda: mine(g.sin)),
        ("de_tax_id", "Steuerliche Identifikationsnummer: ", lambda: (lambda v: f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}")(mine(g.steuer_id))),
        ("au_tfn", "Tax File Number: ", tfn),
        ("za_id", "ID number: ", za_id),
        ("jp_my_number", "マイナンバー：", my_number),
        ("mx_curp", "CURP: ", curp),
        ("fi_hetu", "Henkilötunnus: ", lambda: mine(g.hetu)),
        ("no_fodselsnummer", "Fødselsnummer: ", lambda: mine(g.fnr)),
        ("cn_resident_id", "身份证号：", lambda: mine(g.cn_id)),
    ]
    for typ, pre, fn in ids:
        add("id_" + typ, [pre, P(fn(), typ), "\n"])
    # ids inside wrappers
    add("id_json", ["{\"patient\":{\"nhs\":null,\"ssn\":\"", P(ssn(), "us_ssn"), "\",\"mrn\":\"" + nd(8) + "\"}}\n"])
    add("id_csv_nl", ["naam;bsn;iban\n", NAME(name("nl_NL")), ";", P(mine(g.bsn), "nl_bsn"), ";", P(iban("NL"), "iban"), "\n"])
    add("id_form_pl", ["Imię i nazwisko: ", NAME(name("pl_PL")), "\nPESEL: ", P(mine(g.pesel), "pl_pesel"), "\nAdres: ", P(addr("pl_PL"), "address"), "\n"])

    # ================================================================ addresses
    for loc, pre in [("en_US", "Ship to: "), ("en_GB", "Address: "), ("de_DE", "Anschrift: "), ("fr_FR", "Adresse : "), ("es_ES", "Dirección: "),
                     ("it_IT", "Indirizzo: "), ("nl_NL", "Adres: "), ("pt_BR", "Endereço: "), ("en_AU", "Postal address: "), ("sv_SE", "Adress: "),
                     ("es_MX", "Domicilio: "), ("en_CA", "Mailing address: ")]:
        add("address_" + loc, [pre, P(addr(loc), "address"), "\n"])

    # ================================================================ hard negatives
    sha1 = "".join(pick("0123456789abcdef") for _ in range(40))
    sha256 = "".join(pick("0123456789abcdef") for _ in range(64))
    u = "%08x-%04x-4%03x-a%03x-%012x" % (R.getrandbits(32), R.getrandbits(16), R.getrandbits(12), R.getrandbits(12), R.getrandbits(48))
    fp = ":".join("".join(pick("0123456789abcdef") for _ in range(2)) for _ in range(16))
    bad_card = luhn_bad(card("visa"))
    bad_amex = luhn_bad(card("amex"))
    negs = [
        f"Release v{R.randint(1, 9)}.{R.randint(0, 30)}.{R.randint(0, 99)}.{R.randint(1000, 9999)} is out; see CHANGELOG.md\n",
        f"Microsoft Windows [Version 10.0.{R.randint(19041, 26100)}.{R.randint(1000, 5000)}]\n",
        f"{{\"ts\": {R.randint(1_700_000_000_000, 1_760_000_000_000)}, \"took_ms\": {R.randint(2, 900)}, \"rows\": {R.randint(1, 99999)}}}\n",
        f"2025-03-{R.randint(10, 28)}T{R.randint(10, 23)}:{R.randint(10, 59)}:{R.randint(10, 59)}.{nd(6)}+01:00 worker-3 job=reindex done\n",
        f"Order #{nd(3)}-{nd(7)}-{nd(7)} has shipped. Track it with UPS 1Z{''.join(pick('ABCDEFGHJKLMNPRSTUVWXYZ0123456789') for _ in range(16))}.\n",
        f"FedEx tracking number: {nd(12)}\n",
        f"Invoice INV-2025-{nd(6)} (PO {nd(10)}) is due on 2025-07-31.\n",
        f"ISBN 978-{R.randint(0, 1)}-{nd(3)}-{nd(5)}-{R.randint(0, 9)}; ISBN-10 {nd(9)}X\n",
        f"commit {sha1}\nAuthor: CI Bot <ci@users.noreply.github.com>\n".replace("ci@users.noreply.github.com", "noreply"),
        f"sha256:{sha256}  dist/app-linux-amd64.tar.gz\n",
        f"request_id={u} trace_id={''.join(pick('0123456789abcdef') for _ in range(32))}\n",
        f":root {{ --brand: #{''.join(pick('0123456789abcdef') for _ in range(6))}; --accent: #{''.join(pick('0123456789ABCDEF') for _ in range(6))}; }}\n",
        f"Meet at {R.randint(40, 55)}.{nd(6)}, {R.randint(2, 20)}.{nd(6)} (WGS84)\n",
        f"Card number {card_fmt(bad_card, ' ')} failed the Luhn check and was rejected.\n",
        f"test value {bad_amex} (not a valid Amex number)\n",
        f"Your card ending in {nd(4)} was charged 42.00 EUR.\n",
        f"Card: **** **** **** {nd(4)}  Exp: 08/27\n",
        f"PAN: {card('visa')[:6]}******{nd(4)}\n",
        f"Karte: XXXX-XXXX-XXXX-{nd(4)}\n",
        f"The IBAN {grouped(iban_bad('DE'))} is invalid: the check digits do not match.\n",
        f"iban={iban_bad('FR')} -> error: checksum mismatch\n",
        (lambda v: f"DNI {v[:8]}{'TRWAGMYFPDXBNJZSQVHLCKE'[('TRWAGMYFPDXBNJZSQVHLCKE'.index(v[8]) + 5) % 23]} no es válido, revise la letra.\n")(mine(g.dni)),
        "$ ssh deploy@build-07.internal\nLast login: Tue Mar 11 09:12:01 2025\n",
        "git remote add origin git@github.com:northwind/inventory-service.git\n",
        "ssh -i ~/.ssh/id_ed25519 -p 2222 ubuntu@bastion.kestrel-labs.io\n",
        "scp ./dist.tar.gz ops@web-02:/srv/releases/\n",
        "npm install @types/node@20.14.9 lodash@4.17.21 --save-dev\n",
        "docker pull ghcr.io/northwind/api@sha256:" + sha256 + "\n",
        "<img src=\"https://cdn.brightpath.io/img/logo%402x.png\" srcset=\"/img/logo%403x.png 3x\">\n",
        "SSH fingerprint MD5:" + fp + "\n",
        "snmpwalk -v2c -c public 10.1.1.1 1.3.6.1.2.1.2.2.1.6\n".replace("10.1.1.1", "switch-3"),
        f"SKU: NW-{nd(4)}-{''.join(pick('ABCDEFGH') for _ in range(2))}-{nd(3)}  Qty: {R.randint(1, 40)}\n",
        f"| Region | Q1 | Q2 |\n|---|---|---|\n| EMEA | {nd(3)} {nd(3)} {nd(3)} | {nd(3)} {nd(3)} {nd(3)} |\n",
        f"{R.randint(100, 999)} * {R.randint(100, 999)} = {nd(6)}, minus {nd(4)}\n",
        f"Population (2021 census): {R.randint(1, 9)} {nd(3)} {nd(3)}\n",
        f"Build {R.randint(20, 30)}.{R.randint(1, 12)}.{R.randint(1, 30)}+{nd(4)} (api level 34)\n",
        f"Copyright (c) 1998-2025 Northwind Labs. All rights reserved.\n",
        f"Released on {R.randint(1990, 2015)}-{R.randint(1, 12):02d}-{R.randint(10, 28)}; end of life 2026-12-31.\n",
        f"Shipment ref {passport('DE')} / container MSCU{nd(7)}\n",
        f"Chrome/{R.randint(120, 131)}.0.{R.randint(6000, 6800)}.{R.randint(10, 200)} Mobile Safari/537.36\n",
        f"OID {R.randint(1, 2)}.{R.randint(1, 40)}.{R.randint(1, 999)}.{R.randint(1, 99999)}.{R.randint(1, 9)}.{R.randint(1, 9)}\n",
        f"ETag: W/\"{nd(2)}-{''.join(pick('0123456789abcdef') for _ in range(27))}\"\n",
        f"Listening on 0.0.0.0:{R.randint(3000, 9000)} and [::]:{R.randint(3000, 9000)}\n",
        f"matrix = [[{nd(3)}, {nd(3)}, {nd(4)}], [{nd(3)}, {nd(3)}, {nd(4)}]]\n",
        f"Error code 0x{''.join(pick('0123456789ABCDEF') for _ in range(8))} at address 0x{''.join(pick('0123456789abcdef') for _ in range(12))}\n",
        (lambda v: f"Receipt {v[:4]}-{v[4:8]}-{v[8:12]}-{v[12:]}\n")(luhn_bad(g.luhn_complete("7" + nd(14)))),
        f"IMEI-like serial SN{nd(15)}X\n",
        f"Flight LH{R.randint(100, 999)} departs 07:{R.randint(10, 59)}, seat {R.randint(1, 40)}{pick('ABCDEF')}, booking ref {''.join(pick('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(6))}\n",
        f"Wait time: {R.randint(1, 9)}:{R.randint(10, 59)}:{R.randint(10, 59)}.{nd(3)}; checksum ab:cd:{nd(2)}\n",
        f"Python {R.randint(3, 3)}.{R.randint(8, 13)}.{R.randint(0, 9)} (main, Jun  1 2025, 10:00:00) [GCC 13.2.0] on linux\n",
        f"Set-Cookie: _ga=GA1.2.{nd(9)}.{nd(10)}; Max-Age=63072000\n",
        f"The meeting room extension is x{R.randint(1000, 9999)} and the room number is {R.randint(100, 999)}.\n",
        f"Sensor readings: {nd(2)}.{nd(2)} {nd(2)}.{nd(2)} {nd(2)}.{nd(2)} {nd(2)}.{nd(2)}\n",
        f"Kubernetes v1.{R.randint(26, 31)}.{R.randint(0, 9)} node pool np-{nd(5)} scaled to {R.randint(2, 9)}\n",
        f"Ref. No. {nd(2)}/{nd(4)}/{nd(5)} (court docket)\n",
        f"Aktenzeichen: {nd(3)} Js {nd(4)}/{R.randint(20, 25)}\n",
        f"mysql -u root -h 127.0.0.1 -P 3306 < schema.sql\n",
        f"Send feedback with the form at /contact (no e-mail needed). Office hours 09:00-17:00.\n",
    ]
    for t in negs:
        add("negative/pii", [t])


def _second_round(add, P, NAME, R, pick, nd, fk, name, email, phone, card, card_fmt, luhn_bad, iban, grouped, iban_bad,  # noqa: C901
                  ipv4, ipv6, mac, ssn, tfn, za_id, my_number, curp, MONTHS, ymd, passport, addr, mine, g):
    """Second round: the same families in shapes the first round did not draw, written
    after the first draft of rules for the batch."""
    # ---------------------------------------------------------------- phones of more countries and places
    add("phone_ch", ["Telefon Zentrale: ", P(f"044 {nd(3)} {nd(2)} {nd(2)}", "phone"), "\n"])
    add("phone_ch_intl", ["Tel. ", P(f"+41 (0)44 {nd(3)} {nd(2)} {nd(2)}", "phone"), "\n"])
    add("phone_at", ["Erreichbar unter ", P(f"0043 1 {nd(3)} {nd(4)}", "phone"), " (Büro Wien)\n"])
    add("phone_be", ["Tél. : ", P(f"02 {nd(3)} {nd(2)} {nd(2)}", "phone"), "\n"])
    add("phone_pt", ["Telemóvel: ", P(f"9{R.randint(1, 6)}{nd(1)} {nd(3)} {nd(3)}", "phone"), "\n"])
    add("phone_ie", ["Mobile: ", P(f"08{R.randint(3, 9)} {nd(3)} {nd(4)}", "phone"), "\n"])
    add("phone_no", ["Mobil: ", P(f"+47 {R.randint(4, 9)}{nd(2)} {nd(2)} {nd(3)}", "phone"), "\n"])
    add("phone_dk", ["Tlf.: ", P(f"{nd(2)} {nd(2)} {nd(2)} {nd(2)}", "phone"), "\n"])
    add("phone_tr", ["Cep telefonu: ", P(f"05{R.randint(30, 59)} {nd(3)} {nd(2)} {nd(2)}", "phone"), "\n"])
    add("phone_sg", ["HP: ", P(f"+65 {R.randint(8, 9)}{nd(3)} {nd(4)}", "phone"), "\n"])
    add("phone_kr", ["연락처: ", P(f"010-{nd(4)}-{nd(4)}", "phone"), "\n"])
    add("phone_json_array", ["{\"contact\": {\"phones\": [\"", P(phone("US", 0), "phone"), "\", \"", P(phone("UK", 2), "phone"), "\"]}}\n"])
    add("phone_tel_link_dashes", ["<a href=\"tel:+1-", P(f"{R.randint(2, 9)}{nd(2)}-{R.randint(2, 9)}{nd(2)}-{nd(4)}", "phone"), "\">Call</a>\n"])
    add("phone_sms_link", ["<a href=\"sms:", P("+4915" + nd(9), "phone"), "?body=Hallo\">SMS</a>\n"])
    add("phone_ext_hash", ["Support line ", P(phone("US", 1), "phone"), " #204 (Mon-Fri)\n"])
    add("phone_00_slash", ["Telefax: ", P(f"0041 / 61 / {nd(3)} {nd(2)} {nd(2)}", "phone"), "\n"])
    add("phone_wa_api", ["https://api.whatsapp.com/send?phone=", P("55" + "11" + "9" + nd(8), "phone"), "&text=Oi\n"])

    # ---------------------------------------------------------------- e-mail in new encodings
    nm = name("en_US")
    e = email(nm)
    add("email_json_unicode", ["{\"user\":{\"email\":\"", P(e.replace("@", "\\u0040"), "email"), "\"}}\n"])
    e = email(name("fr_FR"))
    add("email_html_entity", ["<p>Contact : <a href=\"mailto:", P(e.replace("@", "&#64;"), "email"), "\">", P(e.replace("@", "&#x40;"), "email"), "</a></p>\n"])
    nm = name("en_GB")
    add("email_display_quoted", ["To: \"" + nm.split()[-1] + ", " + nm.split()[0] + "\" <", P(email(nm), "email"), ">\n"])
    add("email_mailto_cc", ["mailto:", P(email(name("de_DE")), "email"), "?cc=", P(email(name("de_DE"), "sub"), "email"), "&subject=Angebot\n"])
    add("email_log_angle", ["postfix/smtp[2214]: 4F2A1C0E: to=<", P(email(name("en_US")), "email"), ">, relay=mx.brightpath.io[", P(ipv4(), "ipv4"), "]:25, status=sent\n"])
    add("email_upper_domain", ["Email: ", P(email(name("en_AU"), "dot").split("@")[0] + "@BIGPOND.NET.AU", "email"), "\n"])

    # ---------------------------------------------------------------- network
    add("xff", ["X-Forwarded-For: ", P(ipv4(), "ipv4"), ", ", P(ipv4(), "ipv4"), "\nX-Real-IP: ", P(ipv4(), "ipv4"), "\n"])
    add("v6_url", ["curl -g 'http://[", P(ipv6("mid"), "ipv6"), "]:8080/health'\n"])
    add("v4_mapped", ["client connected from ::ffff:", P(ipv4(), "ipv4"), " (tcp6)\n"])
    add("mac_bsd", ["en0: flags=8863<UP,BROADCAST,SMART,RUNNING> mtu 1500\n\tether ", P(mac("colon"), "mac_address"), "\n\tinet ", P(ipv4(False), "ipv4"), " netmask 0xffffff00\n"])
    add("mac_lower_dash", ["Device MAC: ", P(mac("dash").lower(), "mac_address"), "\n"])
    add("mac_compact", ["\"mac_address\": \"", P(mac("colon").replace(":", ""), "mac_address"), "\"\n"])

    # ---------------------------------------------------------------- cards, IBANs
    c = card("visa")
    add("card_pipe_log", ["2025-06-01|AUTH|", P(c, "payment_card"), "|0927|", f"{R.randint(10, 900)}.00|APPROVED\n"])
    add("card_xml", ["<Payment><PAN>", P(card("mastercard"), "payment_card"), "</PAN><Expiry>2711</Expiry></Payment>\n"])
    add("card_diners", ["Diners Club: ", P(card_fmt(card("diners"), " ").replace(" ", "", 0), "payment_card"), "\n"])
    add("card_sentence", ["my visa is ", P(card_fmt(card("visa"), "-"), "payment_card"), " exp next march"])
    add("iban_camt", ["<DbtrAcct><Id><IBAN>", P(iban("NL"), "iban"), "</IBAN></Id></DbtrAcct>\n"])
    add("iban_query", ["https://pay.brightpath.io/sepa?iban=", P(iban("DE"), "iban"), "&amount=120.00\n"])
    add("iban_lower_grouped", ["rekening: ", P(grouped(iban("BE")).lower(), "iban"), "\n"])

    # ---------------------------------------------------------------- dates of birth, passports (MRZ)
    y, m, d = ymd()
    add("dob_query", ["GET /api/verify?name=x&birthdate=", P(f"{y}-{m:02d}-{d:02d}", "date_of_birth"), "&country=DE HTTP/1.1\n"])
    y, m, d = ymd()
    add("dob_two_digit", ["DOB: ", P(f"{m}/{d}/{str(y)[2:]}", "date_of_birth"), "\n"])
    y, m, d = ymd()
    add("dob_de_abbr", ["Geb.-Datum: ", P(f"{d:02d}.{m:02d}.{y}", "date_of_birth"), "\n"])
    y, m, d = ymd()
    add("dob_tr", ["Doğum tarihi: ", P(f"{d:02d}.{m:02d}.{y}", "date_of_birth"), "\n"])
    y, m, d = ymd()
    add("dob_csv", ["patient_id,birth_date,sex\n" + nd(6) + ",", P(f"{y}{m:02d}{d:02d}", "date_of_birth"), ",F\n"])

    def mrz_check(s: str) -> str:
        val = {c: i for i, c in enumerate("0123456789")}
        val.update({c: i + 10 for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")})
        val["<"] = 0
        return str(sum(val[c] * w for c, w in zip(s, [7, 3, 1] * 20)) % 10)

    sur, giv = ("".join(c for c in fk["en_GB"].last_name().upper() if c.isalpha()), "".join(c for c in fk["en_GB"].first_name().upper() if c.isalpha()))
    num = nd(9)
    y, m, d = ymd()
    dob = f"{str(y)[2:]}{m:02d}{d:02d}"
    exp = f"{R.randint(27, 34)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}"
    line1 = ("P<GBR" + sur + "<<" + giv).ljust(44, "<")[:44]
    line2 = num + mrz_check(num) + "GBR" + dob + mrz_check(dob) + pick("MF") + exp + mrz_check(exp) + "<" * 14 + "0"
    line2 = line2 + mrz_check(line2[:10] + line2[13:20] + line2[21:43])
    add("passport_mrz", [line1 + "\n", P(num, "passport"), line2[9:] + "\n"])
    add("passport_json", ["{\"traveller\": {\"passportNumber\": \"", P(passport("DE"), "passport"), "\", \"nationality\": \"DEU\"}}\n"])
    add("passport_es_sentence", ["Mi número de pasaporte es ", P(passport("ES"), "passport"), ", caduca en 2029.\n"])

    # ---------------------------------------------------------------- national ids in new wrappers
    add("ssn_xml", ["<Employee><Name>", NAME(name("en_US")), "</Name><SSN>", P(ssn(), "us_ssn"), "</SSN></Employee>\n"])
    add("pesel_json", ["{\"pesel\": \"", P(mine(g.pesel), "pl_pesel"), "\", \"imie\": \"Anna\"}\n"])
    add("bsn_dots", ["BSN: ", P((lambda v: f"{v[:4]}.{v[4:6]}.{v[6:]}")(mine(g.bsn)), "nl_bsn"), "\n"])
    add("cpf_sentence", ["meu CPF é ", P(mine(g.cpf), "br_cpf"), ", pode conferir\n"])
    add("nif_dash", ["NIF: ", P((lambda v: v[:8] + "-" + v[8])(mine(g.dni)), "es_dni"), "\n"])
    add("cf_lower", ["codice fiscale ", P(mine(g.codice_fiscale).lower(), "it_codice_fiscale"), "\n"])
    add("nino_lower", ["my NI number is ", P(mine(g.nino).lower(), "uk_nino"), "\n"])

    # ---------------------------------------------------------------- addresses
    f = fk["en_US"]
    add("address_us_suite", ["Ship to: ", P(f"{f.building_number()} {f.street_name()} {f.street_suffix()}, Suite {R.randint(100, 900)}, {f.city()}, {f.state_abbr()} {f.zipcode()}", "address"), "\n"])
    f = fk["en_US"]
    add("address_us_two_lines", ["Mailing address:\n", P(f"{f.building_number()} {f.street_name()} {f.street_suffix()}\n{f.city()}, {f.state_abbr()} {f.zipcode()}", "address"), "\n"])
    f = fk["de_DE"]
    add("address_de_co", ["Lieferanschrift: c/o ", NAME(name("de_DE")), ", ", P(f"{f.street_name()} {f.building_number()}, {f.postcode()} {f.city()}", "address"), "\n"])
    f = fk["en_GB"]
    add("address_uk_flat", ["Flat ", P(f"{R.randint(1, 40)}, {R.randint(1, 200)} {f.street_name()}, {f.city()}, {f.postcode()}", "address"), "\n"])
    f = fk["fr_FR"]
    add("address_json_fields", ["{\"street\": \"", P(f.street_address(), "address"), "\", \"zip\": \"" + f.postcode() + "\", \"city\": \"" + f.city() + "\"}\n"])

    # ---------------------------------------------------------------- hard negatives in new shapes
    negs = [
        f"Serial No. 0049-{nd(4)}-{nd(4)} (warranty until 2027)\n",
        f"2025-03-14 00:12:33.0044 INFO flushed {R.randint(10, 999)} rows\n",
        f"git clone git@gitlab.com:platform/infra/terraform-modules.git\n",
        f"ssh -J jump@bastion.kestrel-labs.io app@web-07.kestrel-labs.io\n",
        f"Follow @northwind_support or mention @{name('en_US').split()[0].lower()} in the thread.\n",
        f"Aadhaar: XXXX XXXX {nd(4)} (masked)\n",
        f"IBAN: DE00 0000 0000 0000 0000 00 (placeholder)\n",
        f"Card: 0000 0000 0000 0000\n",
        f"Call 911 or 112 in an emergency.\n",
        f"OS build 10.0.{R.randint(19041, 26100)}.{R.randint(1000, 5000)}; .NET 4.8.{R.randint(1000, 9999)}\n",
        f"Expiry date: 0{R.randint(1, 9)}/20{R.randint(27, 32)}\n",
        f"Issued on {R.randint(1, 28):02d}.{R.randint(1, 12):02d}.20{R.randint(15, 24)} by the registry office.\n",
        f"The ratio 0044.{nd(2)} / 0031.{nd(2)} stays stable.\n",
        f"srcset=\"hero@2x.png 2x, hero@3x.png 3x\"\n",
        f"sensor mac checksum: {''.join(pick('0123456789abcdef') for _ in range(12))}{''.join(pick('0123456789abcdef') for _ in range(20))}\n",
    ]
    for t in negs:
        add("negative/pii", [t])

"""Fourth, blind batch for tests/data/secrets_pii_own.jsonl (imported by
gen_own_secrets_pii.py after batch 3, with the generator module passed in as `g` so the
same seeded RNG and helpers are used; appended after batch 3, so earlier ids and values
are unchanged).

Secrets: providers' documented token formats in new wrappers (Azure SAS `sig=`, Entra
client secrets, Azure OpenAI / Cognitive Services keys by header or variable name,
DevOps PATs, Service Bus / Event Hubs SharedAccessKey, Function keys; Google GOCSPX-,
AIza in URLs and code, 1// refresh tokens, ya29. access tokens; Linear, Notion, Heroku,
DigitalOcean, Doppler, Vault, Terraform Cloud, Postman, New Relic, Sentry, Supabase,
PlanetScale, Databricks, Shopify, Square, Braintree, Mailchimp, Slack app / refresh
tokens, Discord, Telegram, Twitch, Dropbox, age keys, Ethereum private keys and BIP-39
mnemonics, Kubernetes service-account JWTs), connection strings in unusual syntaxes
(libpq key=value, ODBC / ADO.NET, mongodb+srv, amqps, rediss with an empty user,
SQLAlchemy dialect+driver URLs, passwords as query parameters), and passwords in prose
in English, German, French, Spanish, Italian, Portuguese, Dutch, Polish, Russian and
Japanese. PII: national ids with check digits of countries the first batches did not
draw (BE, DK, PT, CH, IE, MX, CL, KR, JP, AU, TR, IL, ZA, SG, RO, HR, EE, AR, GR, CZ;
IN PAN and US ITIN without one), phone numbers of 14 more countries, IBANs of 16 more
countries, obfuscated e-mail addresses, wallet addresses, dates of birth and passports
in new contexts. Hard negatives: placeholders, public identifiers (OAuth client ids, age
and SSH public keys, publishable keys), hashes and digests, transaction hashes, UUIDs,
ids in URLs, version strings, documented test card numbers. Every body is random.

Shapes not confirmed in official documentation when this was written, in the batch as
seen in use: the Azure "identifiable" 84-character keys (JQQJ99 ... ACOG), Heroku's
HRKU- key length, Dropbox's sl.u. prefix and length, the Sentry org token's exact
layout, the length of Vault hvs./hvb. tokens, Square EAAA access-token length.

First-sight figures, measured with corpus_check with the rules as they stood at d28aa45,
before any rule was changed for this batch:
    batch 4 alone (source prefix "b4/", 177 secret spans, 85 PII spans besides person
    names, 58 hard-negative records):
        secret: 165/177 found (recall 0.932), 2 false positives (age1 public keys, in an
                age key file's comment and alone, read by key-or-token-in-prose)
        pii:    52/85 (recall 0.612), 2 false positives (Stripe's documented test card
                4242 4242 4242 4242 and the IBAN registry's example DE89 3704 ..., both
                in text that calls them test / documentation values)
    whole own set (all four batches): secret 978/992 (0.986), 2 FP; pii 568/601 (0.945), 2 FP
    ../shared/corpus/dev.jsonl: secret 499/499, 0 FP; pii 1178/1179, 0 FP
Misses at first sight: secret: Ethereum private keys as bare 64 hex after 0x in code or
prose (2 of 4 missed), a base58 Solana keypair, BIP-39 mnemonics (2), a Vault unseal key,
Dropbox sl.u. token, the 84-character Azure AI services key, a Django SECRET_KEY with
punctuation, passwords passed positionally in code (requests auth=(user, pw), a Java
builder's .password("..."), C# NetworkCredential(user, pw), PHP new PDO(dsn, user, pw)).
Passwords in prose were all found, in all ten languages. pii: every national id of the 20 new
countries but DK CPR (IN PAN and US ITIN were found), 2 IBANs (UA, KZ), all 6 obfuscated
e-mails. Phones of 18 more countries, wallets, dates of birth, passports: all found.
The very first run also showed 2 false positives that were this generator's fault (a
Google ya29. access token and a cluster IP written unlabelled); they are labelled now,
before the figures above.

After the first-sight commit two generator mistakes were corrected: the UA and KZ IBAN
layouts had the wrong length (so the two "misses" were invalid IBANs; both are found now
with the rules unchanged), and the hard negative that called the IBAN standard's example
DE89 3704 ... a documentation value was dropped, since aiguard's own sample chat uses
another registry example (GB82 WEST ...) as a customer's IBAN: documented example IBANs
stay findings. Stripe's test card 4242 4242 4242 4242 stays a hard negative.

Tuned figures, with the rules as of the commit that last changed this paragraph
(rulesets/pii.toml, section "fourth blind batch": be-national-number, pt-nif, ch-ahv,
ie-ppsn, mx-curp, cl-rut, kr-rrn, jp-my-number, au-tfn, tr-tckn, il-id, za-id, sg-nric,
ro-cnp, hr-oib, ee-isikukood, ar-cuit, gr-amka, cz-rodne-cislo, th-national-id,
tw-national-id, email-obfuscated-brackets, email-obfuscated-words, email-spaced-at, and an
allow entry for the Stripe test card in payment-card; check digits in
crates/aiguard-core/src/validate/ids_intl.rs, made to accept what Faker's providers emit
where those skip a check (tr_TR's 10th digit, ko_KR's check digit and date; zh_TW's ids
are taken on shape and context alone);
rulesets/secrets.toml, section "Fourth blind batch": hardhat-accounts-private-key,
base58-private-key-assignment, crypto-seed-phrase, code-positional-password,
java-password-setter, django-secret-key, vault-unseal-key, dropbox-token-u, an allow entry
for age1 public keys in key-or-token-in-prose; and, from probes written after the first
sight (not in this batch, covered by the rules' own examples): mongo-cli-password,
windows-net-use-password, htpasswd-batch-password, java-keytool-storepass,
smbclient-user-password, sudo-stdin-password, az-login-password, wireguard-preshared-key,
openvpn-static-key, okta-ssws-token):
    batch 4 alone (177 secret spans, 85 PII spans, 57 hard-negative records):
        secret 176/177 (0.994), 0 FP; pii 85/85, 0 FP
    whole own set: secret 989/992 (0.997), 0 FP (the two misses of batch 1 and the
        Azure 84-character key, left without a rule as its layout is unconfirmed);
        pii 601/601, 0 FP
    ../shared/corpus/dev.jsonl: secret 499/499, 0 FP; pii 1178/1179, 0 FP (unchanged)
"""

from __future__ import annotations

import json

BIP39_SOME = (
    "abandon ability able about above absent absorb abstract absurd abuse access accident account accuse achieve "
    "acid acoustic acquire across act action actor actress actual adapt add addict address adjust admit adult "
    "advance advice aerobic affair afford afraid again age agent agree ahead aim air airport aisle alarm album "
    "bacon badge bag balance balcony ball bamboo banana banner bar barely bargain barrel base basic basket battle "
    "beach bean beauty because become beef before begin behave behind believe below belt bench benefit best "
    "betray better between beyond bicycle bid bike bind biology bird birth bitter black blade blame blanket"
).split()


def records(g):  # noqa: C901 - one flat list of cases reads best
    R, rs, pick, nd, S, PI = g.R, g.rs, g.pick, g.nd, g.S, g.PI
    ALNUM, HEX, B64, B64URL, LOWALNUM, UPALNUM, LOWER, UPPER, DIGITS = (
        g.ALNUM, g.HEX, g.B64, g.B64URL, g.LOWALNUM, g.UPALNUM, g.LOWER, g.UPPER, g.DIGITS)
    out: list[tuple[str, list]] = []

    def add(src, segs):
        out.append(("b4/" + src, segs))

    def pw() -> str:
        return g.password_value()

    def cpw() -> str:
        return g.db_password()

    def b64raw(n: int) -> str:
        return g.b64(bytes(R.getrandbits(8) for _ in range(n)))

    def person():
        return g.person()

    # ================================================================ Azure
    for _ in range(3):
        acct = pick(["acmeprodsa", "stlogs01", "backupsweu"])
        sig = b64raw(32).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
        se = f"2026-0{R.randint(1, 9)}-{R.randint(10, 28)}T{R.randint(10, 23)}:00:00Z"
        pre = pick([
            f"https://{acct}.blob.core.windows.net/exports/report.csv?sp=r&st=2025-01-01T00:00:00Z&se={se}&spr=https&sv=2022-11-02&sr=b&sig=",
            f"azcopy copy ./dist \"https://{acct}.blob.core.windows.net/web?sv=2021-08-06&ss=b&srt=co&sp=rwdlac&se={se}&sig=",
            f"AZURE_STORAGE_SAS_TOKEN=?sv=2022-11-02&ss=bfqt&srt=sco&sp=rwdlacupx&se={se}&spr=https&sig=",
        ])
        add("secret/azure_sas", [pre, S(sig, "azure_sas_token"), "\"\n" if pre.startswith("azcopy") else "\n"])
    add("secret/azure_sas", ["Endpoint=sb://acme-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=", S(b64raw(32), "azure_shared_access_key"), "\n"])
    add("secret/azure_sas", ["\"EventHubConnection\": \"Endpoint=sb://acme-eh.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=", S(b64raw(32), "azure_shared_access_key"), ";EntityPath=telemetry\"\n"])
    add("secret/azure_storage", ["DefaultEndpointsProtocol=https;AccountName=acmeprodsa;AccountKey=", S(b64raw(64), "azure_storage_key"), ";EndpointSuffix=core.windows.net\n"])
    add("secret/azure_storage", ["az storage blob upload --account-name stlogs01 --account-key \"", S(b64raw(64), "azure_storage_key"), "\" -c logs -f app.log\n"])
    for _ in range(3):
        pre, post = pick([
            ("AZURE_CLIENT_SECRET=", "\n"),
            ("az login --service-principal -u " + g.uuid4() + " -p ", " --tenant acme.onmicrosoft.com\n"),
            ("ClientSecretCredential(tenant_id, client_id, \"", "\")\n"),
            ("\"clientSecret\": \"", "\",\n"),
        ])
        add("secret/entra_client_secret", [pre, S(g.azure_client_secret(), "azure_client_secret"), post])
    for _ in range(3):
        pre, post = pick([
            ("curl https://acme-oai.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-06-01 -H \"api-key: ", "\" -d @req.json\n"),
            ("AZURE_OPENAI_API_KEY=", "\nAZURE_OPENAI_ENDPOINT=https://acme-oai.openai.azure.com/\n"),
            ("client = AzureOpenAI(azure_endpoint=\"https://acme-oai.openai.azure.com\", api_key=\"", "\", api_version=\"2024-06-01\")\n"),
            ("curl -X POST \"https://westeurope.api.cognitive.microsoft.com/sts/v1.0/issueToken\" -H \"Ocp-Apim-Subscription-Key: ", "\"\n"),
        ])
        add("secret/azure_openai", [pre, S(rs(32, HEX), "azure_cognitive_key"), post])
    add("secret/azure_openai", ["AZURE_AI_SERVICES_KEY=", S(rs(52, ALNUM) + "JQQJ99BAACYeBjFXJ3w3AAAAACOG" + rs(4, ALNUM), "azure_cognitive_key"), "\n"])
    for _ in range(2):
        pre, post = pick([
            ("export AZURE_DEVOPS_EXT_PAT=", "\naz devops configure --defaults organization=https://dev.azure.com/acme\n"),
            ("git clone https://pat:", "@dev.azure.com/acme/Platform/_git/infra\n"),
            ("System.AccessToken override: SYSTEM_ACCESSTOKEN=", "\n"),
        ])
        add("secret/azure_devops_pat", [pre, S(rs(52, "abcdefghijklmnopqrstuvwxyz234567"), "azure_devops_pat"), post])
    add("secret/azure_function_key", ["curl \"https://acme-fn.azurewebsites.net/api/ingest?code=", S(rs(54, B64URL) + "==", "azure_function_key"), "\" -d @event.json\n"])
    add("secret/azure_function_key", ["x-functions-key: ", S(rs(54, B64URL) + "==", "azure_function_key"), "\n"])

    # ================================================================ Google
    for _ in range(3):
        pre, post = pick([
            ("GOOGLE_CLIENT_SECRET=", "\n"),
            ("{\"web\":{\"client_id\":\"" + nd(12) + "-" + rs(32, LOWALNUM) + ".apps.googleusercontent.com\",\"client_secret\":\"", "\",\"redirect_uris\":[\"http://localhost:8080/cb\"]}}\n"),
            ("flow = Flow.from_client_config(cfg) # secret ", "\n"),
            ("spring.security.oauth2.client.registration.google.client-secret=", "\n"),
        ])
        add("secret/google_oauth_secret", [pre, S("GOCSPX-" + rs(28, B64URL), "google_oauth_client_secret"), post])
    for _ in range(4):
        k = "AIza" + rs(35, B64URL)
        pre, post = pick([
            ("https://maps.googleapis.com/maps/api/geocode/json?address=Berlin&key=", "\n"),
            ("const genAI = new GoogleGenerativeAI(\"", "\");\n"),
            ("GEMINI_API_KEY=", "\n"),
            ("<meta-data android:name=\"com.google.android.geo.API_KEY\" android:value=\"", "\"/>\n"),
            ("curl \"https://generativelanguage.googleapis.com/v1beta/models?key=", "\"\n"),
            ("genai.configure(api_key=\"", "\")\n"),
        ])
        add("secret/google_api_key", [pre, S(k, "google_api_key"), post])
    for _ in range(2):
        rt = "1//0" + pick(["g", "3", "e", "9"]) + rs(99, B64URL)
        at = "ya29.a0" + rs(150, B64URL)
        segs = pick([
            ["GOOGLE_REFRESH_TOKEN=", S(rt, "google_refresh_token"), "\n"],
            ["{\"access_token\": \"", S(at, "google_access_token"), "\", \"expires_in\": 3599, \"refresh_token\": \"", S(rt, "google_refresh_token"), "\", \"scope\": \"https://www.googleapis.com/auth/drive\"}\n"],
            ["creds = Credentials(None, refresh_token=\"", S(rt, "google_refresh_token"), "\", client_id=cid, client_secret=cs, token_uri=TOKEN_URI)\n"],
        ])
        add("secret/google_refresh_token", segs)
    add("secret/google_access_token", ["curl -H \"Authorization: Bearer ", S("ya29.a0" + rs(180, B64URL), "google_access_token"), "\" https://www.googleapis.com/drive/v3/files\n"])

    # ================================================================ dev platforms
    add("secret/linear", ["LINEAR_API_KEY=", S("lin_api_" + rs(40), "linear_api_key"), "\n"])
    add("secret/linear", ["const linear = new LinearClient({ apiKey: \"", S("lin_api_" + rs(40), "linear_api_key"), "\" });\n"])
    add("secret/notion", ["NOTION_TOKEN=", S("secret_" + rs(43), "notion_token"), "\n"])
    add("secret/notion", ["curl https://api.notion.com/v1/users -H \"Authorization: Bearer ", S("ntn_" + nd(11) + rs(35), "notion_token"), "\" -H \"Notion-Version: 2022-06-28\"\n"])
    add("secret/heroku", ["HEROKU_API_KEY=", S("HRKU-AA" + rs(58, B64URL), "heroku_api_key"), "\n"])
    add("secret/heroku", ["# heroku authorizations:create\nToken:       ", S(g.uuid4(), "heroku_api_key"), "\nDescription: deploy from CI (heroku)\n"])
    for pre_ in ["dop_v1_", "doo_v1_", "dor_v1_"]:
        pre, post = pick([
            ("DIGITALOCEAN_ACCESS_TOKEN=", "\n"),
            ("doctl auth init --access-token ", "\n"),
            ("provider \"digitalocean\" {\n  token = \"", "\"\n}\n"),
            ("curl -X GET -H \"Authorization: Bearer ", "\" \"https://api.digitalocean.com/v2/droplets\"\n"),
        ])
        add("secret/digitalocean", [pre, S(pre_ + rs(64, HEX), "digitalocean_token"), post])
    for kind in ["pt", "st.prd", "sa", "ct"]:
        v = "dp." + kind + "." + rs(43)
        pre, post = pick([("DOPPLER_TOKEN=", "\n"), ("doppler configure set token ", " --scope /app\n"), ("  DOPPLER_TOKEN: ", "\n")])
        add("secret/doppler", [pre, S(v, "doppler_token"), post])
    add("secret/vault", ["export VAULT_ADDR=https://vault.acme.io:8200\nexport VAULT_TOKEN=", S("hvs." + rs(91, B64URL), "vault_token"), "\n"])
    add("secret/vault", ["$ vault token create -type=batch\nKey                  Value\n---                  -----\ntoken                ", S("hvb." + rs(134, B64URL), "vault_token"), "\ntoken_accessor       n/a\n"])
    add("secret/vault", ["client = hvac.Client(url=\"https://vault.acme.io\", token=\"", S("hvs." + rs(24, ALNUM), "vault_token"), "\")\n"])
    add("secret/vault", ["Unseal Key 1: ", S(b64raw(33), "vault_unseal_key"), "\nInitial Root Token: ", S("hvs." + rs(24, ALNUM), "vault_token"), "\n"])
    add("secret/terraform_cloud", ["TF_TOKEN_app_terraform_io=", S(rs(14) + ".atlasv1." + rs(67, B64URL), "terraform_cloud_token"), "\n"])
    add("secret/terraform_cloud", ["credentials \"app.terraform.io\" {\n  token = \"", S(rs(14) + ".atlasv1." + rs(67, B64URL), "terraform_cloud_token"), "\"\n}\n"])
    add("secret/postman", ["POSTMAN_API_KEY=", S("PMAK-" + rs(24, HEX) + "-" + rs(34, HEX), "postman_api_key"), "\n"])
    add("secret/postman", ["newman run " + g.uuid4() + " --postman-api-key ", S("PMAK-" + rs(24, HEX) + "-" + rs(34, HEX), "postman_api_key"), "\n"])
    add("secret/newrelic", ["NEW_RELIC_API_KEY=", S("NRAK-" + rs(27, UPALNUM), "newrelic_user_key"), "\n"])
    add("secret/newrelic", ["curl https://api.newrelic.com/graphql -H 'API-Key: ", S("NRAK-" + rs(27, UPALNUM), "newrelic_user_key"), "' -d @q.json\n"])
    add("secret/newrelic", ["newrelic.config.license_key = \"", S(rs(36, HEX) + "NRAL", "newrelic_license_key"), "\"\n"])
    add("secret/newrelic", ["<script>window.NREUM||(NREUM={});NREUM.info={licenseKey:\"", S("NRJS-" + rs(19, HEX), "newrelic_browser_key"), "\",applicationID:\"" + nd(9) + "\"}</script>\n"])
    sentry_org = "sntrys_" + g.b64url_nopad(json.dumps({"iat": R.randint(1_700_000_000, 1_760_000_000), "url": "https://sentry.io", "region_url": "https://us.sentry.io", "org": "acme"}, separators=(",", ":")).encode()) + "_" + rs(43, B64URL)
    add("secret/sentry", ["SENTRY_AUTH_TOKEN=", S(sentry_org, "sentry_token"), "\n"])
    add("secret/sentry", ["[auth]\ntoken=", S("sntryu_" + rs(64, HEX), "sentry_token"), "\n"])
    add("secret/supabase", ["supabase login --token ", S("sbp_" + rs(40, HEX), "supabase_token"), "\n"])
    add("secret/supabase", ["SUPABASE_ACCESS_TOKEN=", S("sbp_" + rs(40, HEX), "supabase_token"), "\n"])
    add("secret/supabase", ["const supabase = createClient(url, \"", S(g.supabase_service_jwt(), "supabase_service_key"), "\") // service_role\n"])
    add("secret/planetscale", ["PLANETSCALE_SERVICE_TOKEN=", S("pscale_tkn_" + rs(43, B64URL), "planetscale_token"), "\n"])
    add("secret/planetscale", ["DATABASE_URL=mysql://" + rs(12, LOWALNUM) + ":", S("pscale_pw_" + rs(43, B64URL), "planetscale_password"), "@aws.connect.psdb.cloud/orders?sslaccept=strict\n"])
    add("secret/databricks", ["DATABRICKS_TOKEN=", S("dapi" + rs(32, HEX), "databricks_token"), "\n"])
    add("secret/databricks", ["[DEFAULT]\nhost  = https://adb-" + nd(16) + ".7.azuredatabricks.net\ntoken = ", S("dapi" + rs(32, HEX) + "-2", "databricks_token"), "\n"])
    add("secret/databricks", ["from databricks import sql\nconn = sql.connect(server_hostname=host, http_path=path, access_token=\"", S("dapi" + rs(32, HEX), "databricks_token"), "\")\n"])

    # ================================================================ commerce and payments
    for pre_ in ["shpat_", "shpss_", "shpca_", "shppa_"]:
        pre, post = pick([
            ("SHOPIFY_ACCESS_TOKEN=", "\n"),
            ("curl -X GET https://acme-store.myshopify.com/admin/api/2024-07/shop.json -H \"X-Shopify-Access-Token: ", "\"\n"),
            ("shopify.Session('acme-store.myshopify.com', '2024-07', '", "')\n"),
        ])
        add("secret/shopify", [pre, S(pre_ + rs(32, HEX), "shopify_token"), post])
    add("secret/square", ["SQUARE_ACCESS_TOKEN=", S("EAAA" + rs(60, B64URL), "square_access_token"), "\n"])
    add("secret/square", ["client = Client(access_token=\"", S("EAAA" + rs(60, B64URL), "square_access_token"), "\", environment=\"production\")\n"])
    add("secret/square", ["square_legacy_token: ", S("sq0atp-" + rs(22, B64URL), "square_access_token"), "\nsquare_app_secret: ", S("sq0csp-" + rs(43, B64URL), "square_app_secret"), "\n"])
    for _ in range(2):
        v = "access_token$production$" + rs(16, LOWALNUM) + "$" + rs(32, HEX)
        pre, post = pick([("BRAINTREE_ACCESS_TOKEN=", "\n"), ("gateway = braintree.BraintreeGateway(access_token=\"", "\")\n"), ("paypal:\n  access_token: \"", "\"\n")])
        add("secret/braintree", [pre, S(v, "braintree_access_token"), post])
    for _ in range(2):
        v = rs(32, HEX) + "-us" + str(R.randint(1, 21))
        pre, post = pick([("MAILCHIMP_API_KEY=", "\n"), ("client.setConfig({ apiKey: \"", "\", server: \"us6\" });\n"), ("curl -u \"anystring:", "\" https://us6.api.mailchimp.com/3.0/lists\n")])
        add("secret/mailchimp", [pre, S(v, "mailchimp_api_key"), post])
    add("secret/mailchimp", ["MANDRILL_API_KEY=", S("md-" + rs(22, B64URL), "mandrill_api_key"), "\n"])

    # ================================================================ chat platforms
    add("secret/slack_app", ["SLACK_APP_TOKEN=", S("xapp-1-A0" + rs(9, UPALNUM) + "-" + nd(13) + "-" + rs(64, HEX), "slack_app_token"), "\n"])
    add("secret/slack_app", ["app = App(token=os.environ[\"SLACK_BOT_TOKEN\"])\nSocketModeHandler(app, \"", S("xapp-1-A0" + rs(9, UPALNUM) + "-" + nd(13) + "-" + rs(64, HEX), "slack_app_token"), "\").start()\n"])
    add("secret/slack_config", ["# app manifest API\nSLACK_CONFIG_TOKEN=", S("xoxe.xoxp-1-" + rs(140, ALNUM), "slack_config_token"), "\nSLACK_CONFIG_REFRESH_TOKEN=", S("xoxe-1-" + rs(130, ALNUM), "slack_refresh_token"), "\n"])
    add("secret/slack_bot", ["slack:\n  bot_token: ", S(g.slack_bot(), "slack_bot_token"), "\n  signing_secret: ", S(rs(32, HEX), "slack_signing_secret"), "\n"])
    for _ in range(3):
        pre, post = pick([
            ("DISCORD_TOKEN=", "\n"),
            ("client.run(\"", "\")\n"),
            ("client.login('", "');\n"),
            ("curl -H \"Authorization: Bot ", "\" https://discord.com/api/v10/users/@me\n"),
        ])
        add("secret/discord", [pre, S(g.discord_bot(), "discord_bot_token"), post])
    add("secret/discord", ["DISCORD_WEBHOOK=https://discord.com/api/webhooks/" + str(R.randint(10**17, 14 * 10**17)) + "/", S(rs(68, B64URL), "discord_webhook_token"), "\n"])
    for _ in range(3):
        pre, post = pick([
            ("TELEGRAM_BOT_TOKEN=", "\n"),
            ("bot = telebot.TeleBot(\"", "\")\n"),
            ("curl https://api.telegram.org/bot", "/getUpdates\n"),
            ("app = ApplicationBuilder().token(\"", "\").build()\n"),
        ])
        add("secret/telegram", [pre, S(g.telegram_bot(), "telegram_bot_token"), post])
    add("secret/twitch", ["TWITCH_CLIENT_ID=" + rs(30, LOWALNUM) + "\nTWITCH_CLIENT_SECRET=", S(rs(30, LOWALNUM), "twitch_client_secret"), "\n"])
    add("secret/twitch", ["PASS oauth:", S(rs(30, LOWALNUM), "twitch_oauth_token"), "\nNICK acme_bot\nJOIN #acme\n"])
    add("secret/twitch", ["curl -H 'Authorization: Bearer ", S(rs(30, LOWALNUM), "twitch_oauth_token"), "' -H 'Client-Id: " + rs(30, LOWALNUM) + "' https://api.twitch.tv/helix/users\n"])
    add("secret/dropbox", ["DROPBOX_ACCESS_TOKEN=", S("sl." + rs(136, B64URL), "dropbox_token"), "\n"])
    add("secret/dropbox", ["dbx = dropbox.Dropbox(\"", S("sl.u." + rs(160, B64URL), "dropbox_token"), "\")\n"])

    # ================================================================ keys and wallets
    age_k = "AGE-SECRET-KEY-1" + rs(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")
    add("secret/age", ["# created: 2025-03-02T10:11:12Z\n# public key: age1" + rs(58, g.BECH) + "\n", S(age_k, "age_secret_key"), "\n"])
    add("secret/age", ["SOPS_AGE_KEY=", S("AGE-SECRET-KEY-1" + rs(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"), "age_secret_key"), "\n"])
    for _ in range(3):
        k = rs(64, HEX)
        pre, post, k = pick([
            ("PRIVATE_KEY=0x", "\n", k),
            ("const wallet = new ethers.Wallet(\"0x", "\", provider);\n", k),
            ("accounts: [\"0x", "\"],  // hardhat deployer\n", k),
            ("my metamask private key is ", " please help me recover the funds", k),
            ("DEPLOYER_PRIVATE_KEY=", "\n", k),
        ])
        add("secret/eth_private_key", [pre, S(k, "crypto_private_key"), post])
    for n in (12, 24):
        m = " ".join(pick(BIP39_SOME) for _ in range(n))
        pre, post = pick([
            ("MNEMONIC=\"", "\"\n"),
            ("My seed phrase is: ", "\nCan you tell me why my wallet shows zero?"),
            ("const wallet = ethers.Wallet.fromPhrase(\"", "\");\n"),
        ])
        add("secret/mnemonic", [pre, S(m, "crypto_mnemonic"), post])
    add("secret/solana", ["solana-keygen recover: keypair file ~/.config/solana/id.json\nPRIVATE_KEY_BASE58=", S(g.b58encode(bytes(R.getrandbits(8) for _ in range(64))), "crypto_private_key"), "\n"])
    now = R.randint(1_700_000_000, 1_760_000_000)
    sa = g.jwt_token({"aud": ["https://kubernetes.default.svc.cluster.local"], "exp": now + 3600, "iat": now, "iss": "https://kubernetes.default.svc.cluster.local",
                      "kubernetes.io": {"namespace": "ci", "serviceaccount": {"name": "deployer", "uid": g.uuid4()}}, "nbf": now, "sub": "system:serviceaccount:ci:deployer"}, "RS256")
    add("secret/k8s_sa_token", ["$ kubectl create token deployer -n ci\n", S(sa, "jwt"), "\n"])
    legacy = g.jwt_token({"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "kube-system", "kubernetes.io/serviceaccount/secret.name": "admin-token-" + rs(5, LOWALNUM),
                          "kubernetes.io/serviceaccount/service-account.name": "admin", "kubernetes.io/serviceaccount/service-account.uid": g.uuid4(), "sub": "system:serviceaccount:kube-system:admin"}, "RS256")
    add("secret/k8s_sa_token", ["users:\n- name: admin\n  user:\n    token: ", S(legacy, "jwt"), "\n"])
    add("secret/k8s_sa_token", ["curl -k -H \"Authorization: Bearer ", S(g.jwt_token({"iss": "kubernetes/serviceaccount", "sub": "system:serviceaccount:default:reader"}, "RS256"), "jwt"), "\" https://", PI("10.96.0.1", "ipv4"), "/api/v1/namespaces\n"])
    add("secret/kubeconfig", ["- name: prod\n  user:\n    client-certificate-data: LS0tLS1CRUdJTi" + rs(60, B64) + "\n    client-key-data: ", S(g.b64(g.private_key("rsa").encode()), "private_key"), "\n"])

    # ================================================================ connection strings, unusual syntaxes
    add("secret/uri", ["MONGODB_URI=mongodb+srv://app:", S(cpw(), "password"), "@cluster0." + rs(5, LOWALNUM) + ".mongodb.net/orders?retryWrites=true&w=majority\n"])
    add("secret/uri", ["mongosh \"mongodb://admin:", S(cpw(), "password"), "@mongo-0.mongo:27017,mongo-1.mongo:27017/?replicaSet=rs0&authSource=admin\"\n"])
    add("secret/uri", ["CELERY_BROKER_URL=amqps://worker:", S(cpw(), "password"), "@b-" + g.uuid4() + ".mq.eu-west-1.amazonaws.com:5671/prod\n"])
    add("secret/uri", ["REDIS_URL=rediss://:", S(cpw(), "password"), "@cache.prod.acme.io:6380/0\n"])
    add("secret/uri", ["cache = redis.from_url(\"redis://default:", S(cpw(), "password"), "@redis-" + nd(5) + ".c1.eu-west-1-2.ec2.redns.redis-cloud.com:" + nd(5) + "\")\n"])
    add("secret/uri", ["SQLALCHEMY_DATABASE_URI = \"mysql+pymysql://app:", S(cpw(), "password"), "@mysql.staging.acme.io:3306/shop?charset=utf8mb4\"\n"])
    add("secret/uri", ["engine = create_engine(\"postgresql+psycopg://etl:", S(cpw(), "password"), "@pg-primary.prod.acme.io/warehouse\")\n"])
    enc = rs(6, ALNUM) + "%40" + rs(5, ALNUM) + "%2F" + rs(4, ALNUM)
    add("secret/uri", ["DATABASE_URL=postgres://svc_orders:", S(enc, "password"), "@orders-db.internal:5432/orders?sslmode=require\n"])
    add("secret/uri", ["conn = psycopg2.connect(\"host=pg-primary.prod.acme.io port=5432 dbname=orders user=app password=", S(cpw(), "password"), " sslmode=require\")\n"])
    add("secret/uri", ["psql \"host=db.acme.io user=reporting password='", S(cpw(), "password"), "' dbname=bi\"\n"])
    add("secret/uri", ["\"ConnectionStrings\": {\n  \"Default\": \"Server=tcp:acme-sql.database.windows.net,1433;Initial Catalog=erp;User ID=erpadmin;Password=", S(cpw().replace(";", ""), "password"), ";Encrypt=True;\"\n}\n"])
    add("secret/uri", ["DRIVER={ODBC Driver 18 for SQL Server};SERVER=sql01.acme.io;DATABASE=hr;UID=hr_ro;PWD=", S(cpw().replace(";", "").replace("}", ""), "password"), ";TrustServerCertificate=yes\n"])
    add("secret/uri", ["Data Source=ORCL01;User Id=scott;Password=", S(cpw().replace(";", ""), "password"), ";\n"])
    add("secret/uri", ["clickhouse-client --host ch.acme.io --user default --password ", S(cpw(), "password"), " --query \"SELECT 1\"\n"])
    add("secret/uri", ["INFLUX_URL=http://influx.acme.io:8086?username=writer&password=", S(cpw().replace("&", ""), "password"), "\n"])
    add("secret/uri", ["nats://ingest:", S(cpw(), "password"), "@nats.acme.io:4222\n"])
    add("secret/uri", ["kafka.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + rs(16, UPALNUM) + "\" password=\"", S(rs(64, B64).replace("/", "").replace("+", "")[:60], "password"), "\";\n"])
    add("secret/uri", ["ftp://backup:", S(cpw(), "password"), "@ftp.acme-corp.net/nightly/\n"])
    add("secret/uri", ["mysql -h mysql.staging.acme.io -u root -p", S(cpw().replace("$", "").replace("!", ""), "password"), " shop < dump.sql\n"])

    # ================================================================ passwords in prose, many languages
    prose = [
        ("The password is ", "."), ("the admin password is ", " (don't share it)"), ("Password for the VPN: ", " - it expires Friday."),
        ("Das Passwort ist ", ", bitte nicht weitergeben."), ("Passwort: ", "\n"), ("Le mot de passe est ", ", merci de le changer."),
        ("mot de passe : ", "\n"), ("La contraseña es ", " y el usuario es admin."), ("contraseña: ", "\n"), ("La password è ", ", cambiala al primo accesso."),
        ("A senha é ", ", não compartilhe."), ("Het wachtwoord is ", "."), ("Hasło to ", ", zmień je po zalogowaniu."), ("Пароль: ", "\n"), ("пароль от сервера ", "\n"),
        ("パスワードは ", " です。"), ("Wi-Fi password: ", " (guest network)"), ("login: admin / pass: ", "\n"),
    ]
    for pre, post in prose:
        v = pw().replace(" ", "")
        add("secret/prose_password", [pre, S(v, "password"), post])

    # ================================================================ config files and code
    add("secret/env", ["# .env.production\nNODE_ENV=production\nJWT_SECRET=", S(rs(64, HEX), "generic_secret"), "\nSESSION_SECRET=", S(rs(48, ALNUM), "generic_secret"), "\n"])
    add("secret/env", ["APP_KEY=base64:", S(b64raw(32), "generic_secret"), "\nAPP_DEBUG=false\n"])
    add("secret/env", ["DJANGO_SECRET_KEY='", S(rs(50, LOWALNUM + "!@#%^&*(-_=+)"), "generic_secret"), "'\n"])
    add("secret/env", ["NEXTAUTH_SECRET=", S(b64raw(32), "generic_secret"), "\nNEXTAUTH_URL=https://app.acme.io\n"])
    add("secret/yaml", ["spring:\n  datasource:\n    url: jdbc:postgresql://db:5432/app\n    username: app\n    password: ", S(pw(), "password"), "\n"])
    add("secret/yaml", ["smtp:\n  host: smtp.acme.io\n  auth:\n    user: mailer\n    pass: \"", S(pw().replace("\"", ""), "password"), "\"\n"])
    add("secret/json", ["{\n  \"mqtt\": {\n    \"broker\": \"mqtts://iot.acme.io:8883\",\n    \"username\": \"sensor-17\",\n    \"password\": \"", S(pw().replace("\"", ""), "password"), "\"\n  }\n}\n"])
    add("secret/xml", ["<server>\n  <id>nexus-releases</id>\n  <username>deploy</username>\n  <password>", S(pw().replace("<", "").replace("&", ""), "password"), "</password>\n</server>\n"])
    add("secret/xml", ["<add key=\"StripeSecretKey\" value=\"", S("sk_live_" + rs(24), "stripe_key"), "\" />\n"])
    add("secret/ini", ["[client]\nuser=backup\npassword=", S(pw(), "password"), "\nhost=mysql.staging.acme.io\n"])
    add("secret/ini", ["[default]\naws_access_key_id = ", S("AKIA" + rs(16, g.BASE32), "aws_access_key_id"), "\naws_secret_access_key = ", S(g.aws_secret(), "aws_secret_access_key"), "\nregion = eu-west-1\n"])
    add("secret/curl", ["curl -u admin:", S(cpw(), "password"), " https://jenkins.acme.io/api/json\n"])
    add("secret/curl", ["curl --user \"deploy:", S(cpw(), "password"), "\" -T app.war https://nexus.acme.io/repository/releases/app.war\n"])
    add("secret/curl", ["curl -H \"Authorization: Basic ", S(g.b64(("ci:" + cpw()).encode()), "basic_auth"), "\" https://registry.acme.io/v2/_catalog\n"])
    add("secret/curl", ["curl -sS https://api.acme.io/v2/orders -H \"Authorization: Bearer ", S(rs(40, B64URL), "bearer_token"), "\"\n"])
    add("secret/curl", ["wget --header=\"X-API-Key: ", S(rs(32, ALNUM), "api_key"), "\" https://data.acme.io/export.csv\n"])
    add("secret/code_python", ["import requests\nr = requests.get(url, auth=(\"svc\", \"", S(pw().replace("\"", ""), "password"), "\"))\n"])
    add("secret/code_python", ["headers = {\"Authorization\": \"Token ", S(rs(40, HEX), "api_token"), "\"}\n"])
    add("secret/code_js", ["const api = axios.create({ headers: { 'x-api-key': '", S(rs(40, ALNUM), "api_key"), "' } });\n"])
    add("secret/code_js", ["const pool = new Pool({ host: 'db', user: 'app', password: '", S(pw().replace("'", ""), "password"), "', database: 'app' });\n"])
    add("secret/code_go", ["cfg := mysql.Config{User: \"app\", Passwd: \"", S(pw().replace("\"", ""), "password"), "\", Net: \"tcp\", Addr: \"db:3306\"}\n"])
    add("secret/code_go", ["req.Header.Set(\"Authorization\", \"Bearer ", S(rs(48, B64URL), "bearer_token"), "\")\n"])
    add("secret/code_java", ["DataSource ds = DataSourceBuilder.create().url(url).username(\"app\").password(\"", S(pw().replace("\"", ""), "password"), "\").build();\n"])
    add("secret/code_java", ["private static final String API_SECRET = \"", S(rs(40, ALNUM), "api_key"), "\";\n"])
    add("secret/code_csharp", ["var client = new SmtpClient(\"smtp.acme.io\") { Credentials = new NetworkCredential(\"mailer\", \"", S(pw().replace("\"", ""), "password"), "\") };\n"])
    add("secret/code_php", ["$pdo = new PDO('mysql:host=db;dbname=shop', 'shop', '", S(pw().replace("'", ""), "password"), "');\n"])
    add("secret/code_ruby", ["Stripe.api_key = \"", S("rk_live_" + rs(24), "stripe_key"), "\"\n"])
    add("secret/docker", ["docker run -e POSTGRES_PASSWORD=", S(cpw(), "password"), " -d postgres:16\n"])
    add("secret/docker", ["docker login -u acmeci -p ", S("dckr_pat_" + rs(27, B64URL), "docker_hub_token"), " docker.io\n"])
    add("secret/gh_actions", ["      - run: ./deploy.sh\n        env:\n          API_TOKEN: ", S(rs(40, ALNUM), "api_key"), "\n"])

    # ================================================================ PII: national ids with check digits
    def be_rrn():
        while True:
            y, m, d = R.randint(40, 99), R.randint(1, 12), R.randint(1, 28)
            base = f"{y:02d}{m:02d}{d:02d}{R.randint(1, 997):03d}"
            c = 97 - int(base) % 97
            s = base + f"{c:02d}"
            return pick([s, f"{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}"])

    def dk_cpr():
        while True:
            b = f"{R.randint(1, 28):02d}{R.randint(1, 12):02d}{R.randint(40, 99):02d}" + nd(3)
            w = [4, 3, 2, 7, 6, 5, 4, 3, 2]
            r = sum(int(a) * b_ for a, b_ in zip(b, w)) % 11
            c = (11 - r) % 11
            if c < 10:
                s = b + str(c)
                return s[:6] + "-" + s[6:]

    def pt_nif():
        b = pick("123") + nd(7)
        r = sum(int(d) * (9 - i) for i, d in enumerate(b)) % 11
        c = 0 if r < 2 else 11 - r
        return b + str(c)

    def ch_ahv():
        b = "756" + nd(9)
        s = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(b))
        c = (10 - s % 10) % 10
        x = b + str(c)
        return f"{x[:3]}.{x[3:7]}.{x[7:11]}.{x[11:]}"

    def ie_ppsn():
        b = nd(7)
        s = sum(int(d) * (8 - i) for i, d in enumerate(b))
        r = s % 23
        return b + ("W" if r == 0 else chr(64 + r))

    def mx_curp():
        alpha = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
        cons = "BCDFGHJKLMNPQRSTVWXZ"
        b = pick(cons) + pick("AEIOU") + rs(2, cons) + f"{R.randint(50, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}" + pick("HM") + pick(["DF", "JC", "NL", "MC", "GT"]) + rs(3, cons) + pick(DIGITS)
        s = sum(alpha.index(ch) * (18 - i) for i, ch in enumerate(b))
        return b + str((10 - s % 10) % 10)

    def cl_rut():
        n = R.randint(5_000_000, 25_000_000)
        ds = str(n)
        s = sum(int(d) * w for d, w in zip(reversed(ds), [2, 3, 4, 5, 6, 7] * 2))
        r = 11 - s % 11
        c = "0" if r == 11 else "K" if r == 10 else str(r)
        return f"{n:,}".replace(",", ".") + "-" + c

    def kr_rrn():
        b = f"{R.randint(60, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}" + pick("12") + nd(5)
        w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
        c = (11 - sum(int(d) * x for d, x in zip(b, w)) % 11) % 10
        return b[:6] + "-" + b[6:] + str(c)

    def jp_mynumber():
        b = nd(11)
        s = 0
        for n_, d in enumerate(reversed(b), start=1):
            q = n_ + 1 if n_ <= 6 else n_ - 5
            s += int(d) * q
        r = s % 11
        x = b + str(0 if r <= 1 else 11 - r)
        return pick([x, f"{x[:4]} {x[4:8]} {x[8:]}"])

    def au_tfn():
        w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
        while True:
            x = nd(9)
            if x[0] != "0" and sum(int(d) * k for d, k in zip(x, w)) % 11 == 0:
                return f"{x[:3]} {x[3:6]} {x[6:]}"

    def tr_tckn():
        d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
        d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
        d11 = (sum(d) + d10) % 10
        return "".join(map(str, d)) + str(d10) + str(d11)

    def il_id():
        while True:
            x = nd(9)
            s = 0
            for i, ch in enumerate(x):
                v = int(ch) * (1 if i % 2 == 0 else 2)
                s += v - 9 if v > 9 else v
            if s % 10 == 0 and x[0] != "0":
                return x

    def za_id():
        b = f"{R.randint(50, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}" + nd(4) + "08"
        return g.luhn_complete(b)

    def sg_nric():
        pre = pick("ST")
        b = nd(7)
        s = sum(int(d) * w for d, w in zip(b, [2, 7, 6, 5, 4, 3, 2])) + (4 if pre == "T" else 0)
        return pre + b + "JZIHGFEDCBA"[s % 11]

    def ro_cnp():
        b = pick("1256") + f"{R.randint(50, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}" + f"{R.randint(1, 46):02d}" + nd(3)
        c = sum(int(d) * int(w) for d, w in zip(b, "279146358279")) % 11
        return b + ("1" if c == 10 else str(c))

    def hr_oib():
        b = nd(10)
        a = 10
        for ch in b:
            a = (a + int(ch)) % 10
            if a == 0:
                a = 10
            a = (a * 2) % 11
        return b + str((11 - a) % 10)

    def ee_isikukood():
        b = pick("3456") + f"{R.randint(50, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}" + nd(3)
        r = sum(int(d) * w for d, w in zip(b, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1])) % 11
        if r == 10:
            r = sum(int(d) * w for d, w in zip(b, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3])) % 11
            r = 0 if r == 10 else r
        return b + str(r)

    def ar_cuit():
        while True:
            b = pick(["20", "23", "27"]) + nd(8)
            r = 11 - sum(int(d) * w for d, w in zip(b, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
            if r == 10:
                continue
            c = 0 if r == 11 else r
            return f"{b[:2]}-{b[2:]}-{c}"

    def gr_amka():
        b = f"{R.randint(1, 28):02d}{R.randint(1, 12):02d}{R.randint(50, 99):02d}" + nd(4)
        return g.luhn_complete(b)

    def cz_rc():
        while True:
            y, m, d = R.randint(54, 99), R.randint(1, 12) + pick([0, 50]), R.randint(1, 28)
            b = f"{y:02d}{m:02d}{d:02d}" + nd(3)
            c = int(b) % 11
            if c < 10:
                return b[:6] + "/" + b[6:] + str(c)

    def in_pan():
        return rs(3, UPPER) + "P" + pick(UPPER) + nd(4) + pick(UPPER)

    def us_itin():
        return "9" + nd(2) + "-" + str(R.choice(list(range(70, 89)) + [90, 91, 92] + list(range(94, 100)))) + "-" + nd(4)

    ids = [
        ("be_national_number", be_rrn, ["Rijksregisternummer: ", "numéro de registre national ", "NN "]),
        ("dk_cpr", dk_cpr, ["CPR-nr.: ", "CPR nummer "]),
        ("pt_nif", pt_nif, ["NIF: ", "número de contribuinte "]),
        ("ch_ahv", ch_ahv, ["AHV-Nr.: ", "numéro AVS "]),
        ("ie_ppsn", ie_ppsn, ["PPS number: ", "PPSN "]),
        ("mx_curp", mx_curp, ["CURP: ", "mi CURP es "]),
        ("cl_rut", cl_rut, ["RUT: ", "RUN "]),
        ("kr_rrn", kr_rrn, ["주민등록번호: ", "resident registration number "]),
        ("jp_my_number", jp_mynumber, ["マイナンバー: ", "個人番号 "]),
        ("au_tfn", au_tfn, ["TFN: ", "Tax File Number "]),
        ("tr_tckn", tr_tckn, ["TC Kimlik No: ", "T.C. kimlik numarası "]),
        ("il_id", il_id, ["Teudat Zehut: ", "ת.ז. "]),
        ("za_id", za_id, ["SA ID number: ", "ID No. "]),
        ("sg_nric", sg_nric, ["NRIC: ", "NRIC/FIN "]),
        ("ro_cnp", ro_cnp, ["CNP: ", "cod numeric personal "]),
        ("hr_oib", hr_oib, ["OIB: ", "osobni identifikacijski broj "]),
        ("ee_isikukood", ee_isikukood, ["isikukood ", "Isikukood: "]),
        ("ar_cuit", ar_cuit, ["CUIT: ", "CUIL "]),
        ("gr_amka", gr_amka, ["ΑΜΚΑ: ", "AMKA "]),
        ("cz_rodne_cislo", cz_rc, ["rodné číslo: ", "RČ "]),
        ("in_pan", in_pan, ["PAN: ", "PAN card no. "]),
        ("us_itin", us_itin, ["ITIN: ", "Individual Taxpayer Identification Number "]),
    ]
    for typ, gen, pres in ids:
        reps = 2 if typ in ("be_national_number", "ch_ahv", "mx_curp", "kr_rrn", "tr_tckn", "sg_nric") else 1
        for _ in range(reps):
            pre = pick(pres)
            add("pii/" + typ, pick([
                [pre, PI(gen(), typ), "\n"],
                ["Customer record\nName: ", PI(person(), "person"), "\n" + pre.strip().rstrip(":") + ": ", PI(gen(), typ), "\nStatus: verified\n"],
                ["Please update my file, my " + pre.strip().rstrip(":") + " is ", PI(gen(), typ), " thanks"],
            ]))

    # ================================================================ PII: phones of more countries
    phones = [
        lambda: pick([f"+48 {R.randint(5, 8)}{nd(2)} {nd(3)} {nd(3)}", f"{R.randint(5, 8)}{nd(2)}-{nd(3)}-{nd(3)}"]),
        lambda: pick([f"+351 9{pick('1236')}{nd(1)} {nd(3)} {nd(3)}", f"21 {nd(3)} {nd(4)}"]),
        lambda: pick([f"+41 7{pick('6789')} {nd(3)} {nd(2)} {nd(2)}", f"044 {nd(3)} {nd(2)} {nd(2)}"]),
        lambda: pick([f"+43 664 {nd(7)}", f"0664 {nd(3)} {nd(4)}"]),
        lambda: pick([f"+32 4{pick('789')}{nd(1)} {nd(2)} {nd(2)} {nd(2)}", f"04{pick('789')}{nd(1)} {nd(2)} {nd(2)} {nd(2)}"]),
        lambda: pick([f"+46 7{pick('0236')}-{nd(3)} {nd(2)} {nd(2)}", f"07{pick('0236')}-{nd(3)} {nd(2)} {nd(2)}"]),
        lambda: pick([f"+353 8{pick('35679')} {nd(3)} {nd(4)}", f"08{pick('35679')} {nd(3)} {nd(4)}"]),
        lambda: pick([f"+90 5{nd(2)} {nd(3)} {nd(2)} {nd(2)}", f"0 (5{nd(2)}) {nd(3)} {nd(2)} {nd(2)}"]),
        lambda: f"+65 {pick('89')}{nd(3)} {nd(4)}",
        lambda: pick([f"+64 21 {nd(3)} {nd(4)}", f"021 {nd(3)} {nd(4)}"]),
        lambda: f"+54 9 11 {nd(4)}-{nd(4)}",
        lambda: pick([f"+62 812-{nd(4)}-{nd(4)}", f"0812-{nd(4)}-{nd(4)}"]),
        lambda: pick([f"+63 9{nd(2)} {nd(3)} {nd(4)}", f"09{nd(2)} {nd(3)} {nd(4)}"]),
        lambda: pick([f"+234 80{pick('3689')} {nd(3)} {nd(4)}", f"080{pick('3689')} {nd(3)} {nd(4)}"]),
        lambda: f"+7 (9{nd(2)}) {nd(3)}-{nd(2)}-{nd(2)}",
        lambda: f"+380 {pick(['50', '67', '93'])} {nd(3)} {nd(4)}",
        lambda: pick([f"+45 {nd(2)} {nd(2)} {nd(2)} {nd(2)}", f"+47 {R.randint(4, 9)}{nd(2)} {nd(2)} {nd(3)}"]),
        lambda: f"+972 5{pick('02348')}-{nd(3)}-{nd(4)}",
    ]
    pctx = [
        lambda p: ["Telefon: ", PI(p, "phone"), "\n"],
        lambda p: ["call me on ", PI(p, "phone"), " tomorrow"],
        lambda p: ["Mobile: ", PI(p, "phone"), "\n"],
        lambda p: ["{\"customer\": {\"tel\": \"", PI(p, "phone"), "\"}}\n"],
        lambda p: ["WhatsApp ", PI(p, "phone"), "\n"],
        lambda p: ["Kontakt: ", PI(p, "phone"), "\n"],
    ]
    for f in phones:
        add("pii/phone", pick(pctx)(f()))

    # ================================================================ PII: IBANs of more countries
    layouts = {
        "BG": "aaaannnnnncccccccc", "CY": "nnnnnnnncccccccccccccccc", "EE": "nnnnnnnnnnnnnnnn", "LV": "aaaaccccccccccccc",
        "SI": "nnnnnnnnnnnnnnn", "SK": "nnnnnnnnnnnnnnnnnnnn", "IS": "nnnnnnnnnnnnnnnnnnnnnn", "IL": "nnnnnnnnnnnnnnnnnnn",
        "KW": "aaaacccccccccccccccccccccc", "QA": "aaaaccccccccccccccccccccc", "PK": "aaaacccccccccccccccc", "UA": "nnnnnnccccccccccccccccccc",
        "KZ": "nnnccccccccccccc", "RS": "nnnnnnnnnnnnnnnnnn", "LI": "nnnnncccccccccccc", "GE": "aannnnnnnnnnnnnnnn",
    }
    ictx = [
        lambda v: ["IBAN: ", PI(v, "iban"), "\n"],
        lambda v: ["Please transfer the rent to ", PI(v, "iban"), " before the 5th."],
        lambda v: ["beneficiary_iban=", PI(v, "iban"), "&amount=250.00\n"],
        lambda v: ["Konto (IBAN) ", PI(v, "iban"), "\n"],
    ]
    for c, lay in layouts.items():
        bban = "".join(pick(UPPER) if t == "a" else pick(DIGITS) if t == "n" else pick(UPALNUM) for t in lay)
        v = c + g.iban_check(c, bban) + bban
        add("pii/iban", pick(ictx)(g.iban_grouped(v) if R.random() < 0.5 else v))

    # ================================================================ PII: obfuscated e-mails, wallets, DOB, passports
    for tmpl in ["{f}.{l} at gmail dot com", "{f} [at] {l}-consulting [dot] de", "{f}{l}(at)web(dot)de", "{f} AT acme DOT io", "{f}.{l} (at) outlook (dot) com", "{f}_{l} @ yahoo . fr"]:
        n = person()
        f, l = (g.email(n).split("@")[0].split(".")[0].split("+")[0].split("_")[0], n.split()[-1].lower().replace("'", "").replace("ü", "ue").replace("í", "i").replace("á", "a").replace("é", "e"))
        e = tmpl.format(f=f, l=l)
        add("pii/email_obfuscated", pick([["write to ", PI(e, "email"), " if you want the files"], ["Kontakt: ", PI(e, "email"), "\n"], ["contact me: ", PI(e, "email"), " (no spam pls)"]]))
    add("pii/crypto", ["Send the refund to my BTC address ", PI(g.btc_bech32(1, 32), "btc_address"), " please.\n"])
    add("pii/crypto", ["payout_wallet: ", PI(g.eth_address(True), "eth_address"), "\n"])
    add("pii/crypto", ["Donations (BTC): ", PI(g.btc_legacy(5), "btc_address"), "\n"])
    add("pii/crypto", ["{\"user_id\": " + nd(6) + ", \"withdraw_to\": \"", PI(g.eth_address(False), "eth_address"), "\"}\n"])
    dctx = ["Geburtsdatum ", "date de naissance : ", "fecha de nacimiento ", "data di nascita: ", "data de nascimento: ", "geboortedatum: ", "born ", "DOB "]
    for _ in range(6):
        add("pii/date_of_birth", ["Member: ", PI(person(), "person"), ", " + pick(dctx), PI(g.dob_text(), "date_of_birth"), "\n"])
    pctx2 = [("Passnummer: ", "DE"), ("numéro de passeport : ", "FR"), ("número de pasaporte ", "ES"), ("passport no. ", "US"), ("numero di passaporto ", "IT"), ("旅券番号 ", "JP")]
    for pre, c in pctx2:
        add("pii/passport", [pre, PI(g.passport_no(c), "passport"), "\n"])

    # ================================================================ hard negatives
    negs = [
        # placeholders and documentation shapes
        "AZURE_CLIENT_SECRET=<client-secret>\nAZURE_TENANT_ID=<tenant-id>\n",
        "GOOGLE_CLIENT_SECRET=GOCSPX-your-client-secret\n",
        "https://maps.googleapis.com/maps/api/js?key=YOUR_API_KEY&callback=initMap\n",
        "LINEAR_API_KEY=lin_api_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n",
        "DIGITALOCEAN_ACCESS_TOKEN=dop_v1_<your-token>\n",
        "export VAULT_TOKEN=$(vault login -method=oidc -token-only)\n",
        "DOPPLER_TOKEN=dp.st.xxxx\n",
        "POSTMAN_API_KEY={{postman_api_key}}\n",
        "SHOPIFY_ACCESS_TOKEN=shpat_********************************\n",
        "curl -H \"Authorization: Bearer $TOKEN\" https://api.acme.io/v1/me\n",
        "curl -u \"$USER:$PASS\" https://jenkins.acme.io/api/json\n",
        "The password is stored in 1Password under 'prod-db'.\n",
        "Das Passwort ist zu kurz, bitte wähle ein längeres.\n",
        "Le mot de passe est incorrect.\n",
        "La contraseña es obligatoria.\n",
        "password: ${DB_PASSWORD:?missing}\n",
        "DATABASE_URL=postgres://user:password@localhost:5432/mydb\n",
        "mongodb+srv://<username>:<password>@cluster0.example.mongodb.net/\n",
        "PRIVATE_KEY=0x0000000000000000000000000000000000000000000000000000000000000000\n",
        "TELEGRAM_BOT_TOKEN=123456789:ABCdefGhIJKlmNoPQRsTUVwxyZ\n",
        "DISCORD_TOKEN=your_bot_token_here\n",
        "SQUARE_ACCESS_TOKEN=EAAA... (copy it from the Developer Dashboard)\n",
        # public identifiers
        f"GOOGLE_CLIENT_ID={nd(12)}-{rs(32, LOWALNUM)}.apps.googleusercontent.com\n",
        f"# public key: age1{rs(58, g.BECH)}\n",
        f"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{rs(43, B64)} deploy@ci\n",
        f"NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_live_{rs(24)}\n",
        f"NEXT_PUBLIC_SUPABASE_ANON_KEY=sb_publishable_{rs(31, B64URL)}\n",
        f"TWITCH_CLIENT_ID={rs(30, LOWALNUM)}\n",
        f"AZURE_TENANT_ID={g.uuid4()}\nAZURE_CLIENT_ID={g.uuid4()}\nAZURE_SUBSCRIPTION_ID={g.uuid4()}\n",
        f"Slack channel C0{rs(9, UPALNUM)} in workspace T0{rs(9, UPALNUM)}\n",
        f"price_id = \"price_1{rs(23)}\"\n",
        f"NEW_RELIC_ACCOUNT_ID={nd(7)}\nNEW_RELIC_APP_NAME=orders-api\n",
        f"Databricks cluster id: {nd(4)}-{nd(6)}-{rs(8, LOWALNUM)}\n",
        f"Shopify order #{nd(4)} gid://shopify/Order/{nd(13)}\n",
        f"DIGITALOCEAN_DROPLET_ID={nd(9)}\n",
        f"Terraform Cloud run id: run-{rs(16)}\n",
        f"Vault accessor: {rs(24)}\n",
        # hashes, digests, transaction ids
        f"image: ghcr.io/acme/api@sha256:{rs(64, HEX)}\n",
        f"oid sha256:{rs(64, HEX)}\nsize {R.randint(1000, 999999)}\n",
        f"tx hash: 0x{rs(64, HEX)} (confirmed in block {R.randint(18_000_000, 21_000_000)})\n",
        f"https://etherscan.io/tx/0x{rs(64, HEX)}\n",
        f"md5sum: {rs(32, HEX)}  backup.tar.gz\n",
        f"ETag: \"{rs(32, HEX)}\"\n",
        f"sha512 checksum {rs(128, HEX)}\n",
        f"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA{rs(120, B64)}\n",
        # uuids and ids in URLs
        f"X-Request-Id: {g.uuid4()}\n",
        f"https://www.notion.so/acme/Roadmap-{rs(32, HEX)}\n",
        f"https://linear.app/acme/issue/ENG-{nd(4)}/fix-login\n",
        f"https://youtu.be/{rs(11, B64URL)}?t=42\n",
        f"https://docs.google.com/document/d/{rs(44, B64URL)}/edit\n",
        f"https://dev.azure.com/acme/Platform/_build/results?buildId={nd(6)}\n",
        f"https://acme.sentry.io/issues/{nd(10)}/?project={nd(7)}\n",
        # version strings and numbers
        f"Windows 10 build 10.0.{R.randint(17000, 26000)}.{R.randint(100, 5000)}\n",
        f"node v{R.randint(16, 22)}.{R.randint(0, 20)}.{R.randint(0, 9)} / npm {R.randint(8, 10)}.{R.randint(0, 9)}.{R.randint(0, 9)}\n",
        f"Build {nd(4)}.{nd(2)}.{nd(2)}.{nd(4)} deployed\n",
        f"Order ID {nd(3)}-{nd(7)}-{nd(7)} shipped\n",
        # documented test data
        "Stripe test card: 4242 4242 4242 4242, any future expiry, any CVC.\n",
    ]
    for t in negs:
        add("negative/secret", [t])
    return out

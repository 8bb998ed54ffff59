"""Second, blind batch for tests/data/secrets_pii_own.jsonl (imported by
gen_own_secrets_pii.py, which passes itself in as `g` so the same seeded RNG and
checksum helpers are used; its records are appended after the first batch's, so the
first batch is unchanged).

Written before any rule was changed for it: credential formats the first batch did not
hold (or held in one shape only), new wrappers for existing formats (HCL, INI, .netrc,
.pypirc, kubeconfig, shell history, curl headers, libpq strings, stack traces, log
lines, chat prose, URL query strings, markdown fences), personal data in new layouts
(CSV rows, vCards, mail signatures, HTML forms, git trailers, phone numbers of more
countries in E.164 and national layouts, IBANs in SEPA XML) and hard negatives.

First-sight figures, measured with corpus_check on the batch-2 records alone (source
prefix "b2/") with the rules as they stood at da96023, before any rule was changed:
    secret: 82/100 labelled spans found (recall 0.820), 0 false positives
    pii:    78/79  labelled spans found (recall 0.987), 0 false positives
The very first run showed 7 PII false positives that were this generator's fault (six
unlabelled e-mail addresses in secret records, one loopback 127.0.0.1 in an INI file):
the e-mails are now labelled and the INI host is `localhost`; no value changed.
Whole file (both batches) at that point: secret 654/674 (0.970), pii 510/511 (0.998),
precision 1.0 for both.
"""

from __future__ import annotations

import base64


def records(g):  # noqa: C901 - one flat list of cases reads best
    R, rs, pick, nd, S, PI = g.R, g.rs, g.pick, g.nd, g.S, g.PI
    ALNUM, HEX, B64, B64URL, LOWALNUM, UPALNUM, UPPER, LOWER, DIGITS = (
        g.ALNUM, g.HEX, g.B64, g.B64URL, g.LOWALNUM, g.UPALNUM, g.UPPER, g.LOWER, g.DIGITS)
    out: list[tuple[str, list]] = []

    def add(src, segs):
        out.append(("b2/" + src, segs))

    # ---------------------------------------------------------------- new formats
    for _ in range(2):
        v = g.uuid4()
        add("secret/postmark", ["curl \"https://api.postmarkapp.com/email\" \\\n  -H \"Accept: application/json\" \\\n  -H \"X-Postmark-Server-Token: ", S(v, "postmark_token"), "\" \\\n  -d @message.json\n"])
    add("secret/postmark", ["# config/mail.yml\npostmark:\n  server_token: \"", S(g.uuid4(), "postmark_token"), "\"\n  message_stream: outbound\n"])
    add("secret/postmark", ["POSTMARK_API_TOKEN=", S(g.uuid4(), "postmark_token"), "\nMAIL_FROM=", PI("noreply@acme.io", "email"), "\n"])
    for _ in range(3):
        v = "phx_" + rs(43)
        add("secret/posthog", [pick(["POSTHOG_PERSONAL_API_KEY=", "posthog personal api key: ", "Authorization: Bearer "]), S(v, "posthog_personal_key"), "\n"])
    for _ in range(3):
        v = "sk-lf-" + g.uuid4()
        add("secret/langfuse", [pick(["LANGFUSE_SECRET_KEY=", "langfuse = Langfuse(public_key=\"pk-lf-" + g.uuid4() + "\", secret_key=\""]), S(v, "langfuse_secret_key"), pick(["\n", "\")\n"])])
    for _ in range(3):
        v = "re_" + rs(8) + "_" + rs(24)
        add("secret/resend", [pick(["const resend = new Resend('", "RESEND_API_KEY=", "resend.api_key = \""]), S(v, "resend_api_key"), pick(["');\n", "\n", "\"\n"])])
    for _ in range(2):
        v = "csk-" + rs(48, LOWALNUM)
        add("secret/cerebras", [pick(["CEREBRAS_API_KEY=", "client = Cerebras(api_key=\""]), S(v, "cerebras_api_key"), pick(["\n", "\")\n"])])
    for _ in range(2):
        v = "napi_" + rs(64, LOWALNUM)
        add("secret/neon", [pick(["NEON_API_KEY=", "curl https://console.neon.tech/api/v2/projects -H \"Authorization: Bearer "]), S(v, "neon_api_key"), pick(["\n", "\"\n"])])
    for _ in range(3):
        ck, cs = "ck_" + rs(40, HEX), "cs_" + rs(40, HEX)
        add("secret/woocommerce", ["wcapi = API(\n    url=\"https://shop.acme.io\",\n    consumer_key=\"", S(ck, "woocommerce_key"), "\",\n    consumer_secret=\"", S(cs, "woocommerce_key"), "\",\n    version=\"wc/v3\"\n)\n"])
    for _ in range(2):
        v = f"https://hooks.zapier.com/hooks/catch/{R.randint(100000, 99999999)}/{rs(7, LOWALNUM)}/"
        add("secret/zapier", ["ZAPIER_WEBHOOK_URL=", S(v, "zapier_webhook"), "\n"])
    for _ in range(3):
        raw = f"{rs(20, B64URL)}:{rs(22, B64URL)}".encode()
        v = base64.b64encode(raw).decode()
        add("secret/elastic", [pick(["curl -H \"Authorization: ApiKey ", "headers = {\"Authorization\": \"ApiKey "]), S(v, "elastic_api_key"), pick(["\" https://es.acme.io:9200/_cat/indices\n", "\"}\n"])])
    for _ in range(2):
        v = "AAAA" + rs(7, B64URL) + ":APA91b" + rs(134, B64URL)
        add("secret/fcm", ["FCM_SERVER_KEY=", S(v, "fcm_server_key"), "\n"])
    # kubeconfig: base64 of a PEM private key
    for kind in ["rsa", "ec", "pkcs8"]:
        pem = g.private_key(kind)
        v = base64.b64encode(pem.encode()).decode()
        add("secret/kubeconfig", ["apiVersion: v1\nkind: Config\nusers:\n- name: admin@prod\n  user:\n    client-certificate-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t" + rs(60, B64) + "\n    client-key-data: ", S(v, "private_key"), "\n"])
    # Kubernetes Secret with base64 data
    for _ in range(3):
        pw = base64.b64encode(g.password_value().encode()).decode()
        add("secret/k8s_data", ["apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-credentials\ntype: Opaque\ndata:\n  username: " + base64.b64encode(b"app").decode() + "\n  password: ", S(pw, "password"), "\n"])
    # legacy Sentry DSN with its secret part
    add("secret/sentry_dsn", ["SENTRY_DSN=https://" + rs(32, HEX) + ":", S(rs(32, HEX), "sentry_dsn_secret"), "@sentry.acme.io/" + str(R.randint(2, 99)) + "\n"])
    # Discord webhook / Telegram in new wrappers
    add("secret/discord_webhook", ["requests.post(\"", S(f"https://discord.com/api/webhooks/{R.randint(10**17, 14 * 10**17)}/{rs(68, B64URL)}", "discord_webhook"), "\", json={\"content\": msg})\n"])
    add("secret/telegram", ["curl -s \"https://api.telegram.org/bot", S(g.telegram_bot(), "telegram_bot_token"), "/sendMessage?chat_id=-100" + nd(10) + "&text=deploy%20done\"\n"])

    # ---------------------------------------------------------------- new wrappers, known formats
    def hcl(name, v, typ):
        return ["variable \"" + name + "\" {\n  type      = string\n  sensitive = true\n  default   = \"", S(v, typ), "\"\n}\n"]

    add("secret/hcl", hcl("db_password", g.password_value(), "password"))
    add("secret/hcl", hcl("datadog_api_key", rs(32, HEX), "datadog_api_key"))
    add("secret/hcl", ["provider \"github\" {\n  owner = \"acme\"\n  token = \"", S(g.github_token("ghp"), "github_token"), "\"\n}\n"])
    add("secret/tfvars", ["# terraform.tfvars\nregion       = \"eu-west-1\"\nadmin_password = \"", S(g.password_value(), "password"), "\"\n"])
    add("secret/ini", ["[database]\nhost = db.internal\nport = 5432\nuser = app\npassword = ", S(g.password_value(), "password"), "\n\n[cache]\nttl = 60\n"])
    add("secret/ini", ["[client]\nuser=root\npassword=", S(g.password_value(), "password"), "\nhost=localhost\n"])
    for _ in range(2):
        add("secret/netrc", ["machine api.heroku.com\n  login ", PI("deploy@acme.io", "email"), "\n  password ", S(g.password_value(), "password"), "\nmachine git.heroku.com\n"])
    add("secret/netrc", ["machine github.com login acme-bot password ", S(g.github_token("ghp"), "github_token"), "\n"])
    add("secret/pypirc", ["[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = ", S(g.pypi_token(), "pypi_token"), "\n"])
    add("secret/pypirc", ["[testpypi]\nrepository = https://test.pypi.org/legacy/\nusername = acme\npassword = ", S(g.password_value(), "password"), "\n"])
    add("secret/npmrc", ["//registry.npmjs.org/:_authToken=", S("npm_" + rs(36), "npm_token"), "\n@acme:registry=https://npm.pkg.github.com\n"])
    add("secret/npmrc", ["//npm.pkg.github.com/:_authToken=", S(g.github_token("ghp"), "github_token"), "\n"])
    add("secret/docker_config", ["{\n  \"auths\": {\n    \"ghcr.io\": {\n      \"auth\": \"", S(base64.b64encode(("acme-bot:" + g.password_value()).encode()).decode(), "docker_auth"), "\"\n    }\n  }\n}\n"])
    # shell history
    add("secret/history", ["  501  cd ~/src/api\n  502  export OPENAI_API_KEY=", S(g.openai_project(), "openai_api_key"), "\n  503  python run.py\n"])
    add("secret/history", ["$ mysql -h db.internal -u root -p", S(g.password_value().replace("!", "#"), "password"), " orders\n"])
    add("secret/history", ["$ PGPASSWORD=", S(g.password_value(), "password"), " psql -h pg.internal -U app -d orders\n"])
    add("secret/history", ["$ docker login -u acme -p ", S(g.password_value(), "password"), " registry.acme.io\nWARNING! Using --password via the CLI is insecure.\n"])
    add("secret/history", ["$ gh auth login --with-token <<< ", S(g.github_token("gho"), "github_token"), "\n"])
    # curl with bearer
    for tok, typ in [("glpat-" + rs(20, ALNUM + "_-"), "gitlab_token"), ("hf_" + rs(34), "huggingface_token"), (g.anthropic_key(), "anthropic_api_key"), ("xai-" + rs(80), "xai_api_key")]:
        add("secret/curl", ["curl -sS https://api.example.net/v1/me -H \"Authorization: Bearer ", S(tok, typ), "\" -H 'Accept: application/json'\n"])
    add("secret/curl", ["curl -u acme:", S(g.password_value().replace("'", ""), "password"), " https://ci.acme.io/api/json\n"])
    # libpq keyword/value string in a stack trace
    add("secret/libpq", ["Traceback (most recent call last):\n  File \"app.py\", line 12, in <module>\n    conn = psycopg2.connect(\"host=pg.internal dbname=orders user=app password=", S(g.db_password(), "password"), " sslmode=require\")\npsycopg2.OperationalError: could not connect to server\n"])
    # log lines
    add("secret/log", ["2024-05-02T10:11:12Z WARN http: GET /v2/export?api_key=", S(rs(32, HEX), "api_key"), "&from=2024-01-01 took 1843ms\n"])
    add("secret/log", ["level=error msg=\"auth failed\" token=", S("xoxb-" + str(R.randint(10**11, 10**12 - 1)) + "-" + str(R.randint(10**12, 10**13 - 1)) + "-" + rs(24), "slack_token"), " team=T" + rs(8, UPALNUM) + "\n"])
    add("secret/log", ["[INFO] Connecting to ", S(f"mongodb+srv://svc:{g.db_password()}@cluster0.{rs(5, LOWALNUM)}.mongodb.net/prod?retryWrites=true", "db_uri"), "\n"])
    add("secret/log", ["Celery broker: ", S(f"amqp://worker:{g.db_password()}@rabbit.internal:5672/prod", "db_uri"), "\n"])
    add("secret/log", ["redis_url = ", S(f"rediss://default:{g.db_password()}@cache.acme.io:6380/0", "db_uri"), "\n"])
    # chat prose
    add("secret/chat", ["hey, here's the stripe key for staging until vault is fixed: ", S("sk_live_" + rs(99), "stripe_key"), " pls don't share"])
    add("secret/chat", ["ok the new sendgrid key is ", S("SG." + rs(22, B64URL) + "." + rs(43, B64URL), "sendgrid_api_key"), ", the old one is revoked"])
    add("secret/chat", ["Bot token (Discord) for the test server → ", S(g.discord_bot(), "discord_bot_token")])
    add("secret/chat", ["Use this Groq key for the demo: ", S("gsk_" + rs(52), "groq_api_key"), " (rate limited)"])
    add("secret/chat", ["password for the shared wifi admin page is ", S(g.password_value(), "password"), " btw"])
    add("secret/chat", ["la contraseña del servidor es ", S(g.password_value(), "password"), ", cámbiala el lunes"])
    # markdown fence
    add("secret/markdown", ["```yaml\nslack:\n  app_token: ", S("xapp-1-A" + rs(10, UPALNUM) + "-" + str(R.randint(10**12, 10**13 - 1)) + "-" + rs(64, HEX), "slack_token"), "\n```\n"])
    add("secret/markdown", ["```\n", S(g.private_key("openssh"), "private_key"), "\n```\n"])
    add("secret/markdown", ["```toml\n[tool.poetry.http-basic.private]\nusername = \"ci\"\npassword = \"", S(g.password_value(), "password"), "\"\n```\n"])
    # JSON / YAML / TOML for prefixed tokens
    add("secret/json", ["{\"shopify\": {\"shop\": \"acme.myshopify.com\", \"admin_token\": \"", S("shpat_" + rs(32, HEX), "shopify_token"), "\"}}\n"])
    add("secret/json", ["{\n  \"client\": [{\"api_key\": [{\"current_key\": \"", S("AIza" + rs(35, B64URL), "google_api_key"), "\"}]}]\n}\n"])
    add("secret/yaml", ["linear:\n  api_key: ", S("lin_api_" + rs(40), "linear_api_key"), "\nnotion:\n  token: ", S("ntn_" + nd(11) + rs(35), "notion_token"), "\n"])
    add("secret/yaml", ["vault:\n  addr: https://vault.acme.io:8200\n  token: ", S("hvs." + rs(24), "vault_token"), "\n"])
    add("secret/toml", ["[atlassian]\nemail = \"", PI("bot@acme.io", "email"), "\"\napi_token = \"", S("ATATT3xFfGF0" + rs(170, B64URL) + "=" + rs(8, HEX).upper(), "atlassian_api_token"), "\"\n"])
    add("secret/toml", ["[sentry]\nauth_token = \"", S("sntrys_eyJpYXQiO" + rs(120, B64URL) + "_" + rs(43, B64URL), "sentry_token"), "\"\n"])
    add("secret/yaml", ["grafana:\n  sa_token: ", S("glsa_" + rs(32) + "_" + rs(8, HEX), "grafana_token"), "\n"])
    add("secret/env", ["DOPPLER_TOKEN=", S("dp.st.prd." + rs(40), "doppler_token"), "\nPULUMI_ACCESS_TOKEN=", S("pul-" + rs(40, HEX), "pulumi_token"), "\n"])
    add("secret/env", ["DOCKERHUB_TOKEN=", S("dckr_pat_" + rs(27, B64URL), "docker_hub_pat"), "\nREPLICATE_API_TOKEN=", S("r8_" + rs(37), "replicate_api_token"), "\n"])
    add("secret/env", ["NEW_RELIC_API_KEY=", S("NRAK-" + rs(27, UPALNUM), "newrelic_key"), "\nPPLX_API_KEY=", S("pplx-" + rs(48), "perplexity_api_key"), "\n"])
    add("secret/url", ["https://acme.blob.core.windows.net/backups/db.bak?", S(g.sas_query(), "azure_sas_token")])
    add("secret/azure", ["\"ConnectionStrings\": {\n  \"Storage\": \"DefaultEndpointsProtocol=https;AccountName=acmeprod;AccountKey=", S(g.b64(bytes(R.getrandbits(8) for _ in range(64))), "azure_storage_key"), ";EndpointSuffix=core.windows.net\"\n}\n"])
    add("secret/azure", ["AZURE_CLIENT_ID=" + g.uuid4() + "\nAZURE_CLIENT_SECRET=", S(g.azure_client_secret(), "azure_client_secret"), "\n"])
    add("secret/aws", ["[default]\naws_access_key_id = ", S("ASIA" + rs(16, g.BASE32), "aws_access_key_id"), "\naws_secret_access_key = ", S(g.aws_secret(), "aws_secret_access_key"), "\naws_session_token = ", S(g.aws_session_token(), "aws_session_token"), "\n"])
    add("secret/jwt", ["Cookie: session=", S(g.jwt_token({"sub": nd(6), "role": "admin"}), "jwt"), "; Path=/\n"])
    add("secret/pgp", ["gpg --armor --export-secret-keys output:\n-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n", S("\n".join(g.pem_body(600)), "private_key"), "\n-----END PGP PRIVATE KEY BLOCK-----\n"])

    # ---------------------------------------------------------------- secret hard negatives
    negs = [
        "OPENAI_API_KEY=sk-...your-key-here...\nANTHROPIC_API_KEY=<your-anthropic-key>\n",
        "export GITHUB_TOKEN=ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\n",
        "token: ${{ secrets.NPM_TOKEN }}\npassword: {{ .Values.db.password }}\n",
        "aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n",

        f"image: ghcr.io/acme/api@sha256:{rs(64, HEX)}\n",
        f"\"integrity\": \"sha512-{rs(86, B64)}==\"\n",
        f"request_id={g.uuid4()} trace_id={rs(32, HEX)} span_id={rs(16, HEX)}\n",
        "Set STRIPE_SECRET_KEY to your key from the dashboard (it starts with sk_live_).\n",
        "password = os.environ[\"DB_PASSWORD\"]\ntoken = get_secret(\"prod/api-token\")\n",
        "api_key: \"REPLACE_ME\"\nclient_secret: \"changeme-in-prod\"\n" if False else "api_key: \"REPLACE_ME\"\nclient_secret: \"<client-secret>\"\n",
        f"md5sum: {rs(32, HEX)}  dist/app.tar.gz\nsha1: {rs(40, HEX)}\n",
        f"version = \"{R.randint(1, 9)}.{R.randint(0, 30)}.{R.randint(0, 99)}-rc.{R.randint(1, 5)}+build.{nd(4)}\"\n",
        "variable \"db_password\" {\n  type      = string\n  sensitive = true\n}\n",

        "curl -H \"Authorization: Bearer $TOKEN\" https://api.acme.io/v1/me\n",
        f"POSTHOG_PROJECT_KEY=phc_{rs(43)}\n",
        f"Sentry DSN (public by design): https://{rs(32, HEX)}@o{nd(6)}.ingest.sentry.io/{nd(7)}\n",
    ]
    for t in negs:
        add("negative/secret", [t])
    add("negative/secret", [f"commit {g.git_sha()}\nAuthor: CI Bot <", PI("ci@acme.io", "email"), ">\n\n    Bump lodash to 4.17.21\n"])
    add("negative/secret", ["machine api.heroku.com\n  login ", PI("deploy@acme.io", "email"), "\n  password $HEROKU_API_KEY\n"])

    # ---------------------------------------------------------------- personal data
    def phone_more(c):
        if c == "PL":
            return pick([f"+48 {R.randint(5, 8)}{nd(2)} {nd(3)} {nd(3)}", f"{R.randint(5, 8)}{nd(2)} {nd(3)} {nd(3)}", f"+48{R.randint(5, 8)}{nd(8)}"])
        if c == "SE":
            return pick([f"+46 70 {nd(3)} {nd(2)} {nd(2)}", f"070-{nd(3)} {nd(2)} {nd(2)}", f"08-{nd(3)} {nd(3)} {nd(2)}"])
        if c == "CH":
            return pick([f"+41 79 {nd(3)} {nd(2)} {nd(2)}", f"079 {nd(3)} {nd(2)} {nd(2)}", f"+41 44 {nd(3)} {nd(2)} {nd(2)}"])
        if c == "AT":
            return pick([f"+43 664 {nd(7)}", f"0664 {nd(7)}", f"+43 1 {nd(7)}"])
        if c == "BE":
            return pick([f"+32 470 {nd(2)} {nd(2)} {nd(2)}", f"0470 {nd(2)} {nd(2)} {nd(2)}", f"+32 2 {nd(3)} {nd(2)} {nd(2)}"])
        if c == "IE":
            return pick([f"+353 87 {nd(3)} {nd(4)}", f"087 {nd(3)} {nd(4)}", f"(01) {nd(3)} {nd(4)}"])
        if c == "SG":
            return pick([f"+65 {R.randint(8, 9)}{nd(3)} {nd(4)}", f"+65{R.randint(8, 9)}{nd(7)}"])
        if c == "PH":
            return pick([f"+63 917 {nd(3)} {nd(4)}", f"0917 {nd(3)} {nd(4)}", f"+639{nd(9)}"])
        if c == "TR":
            return pick([f"+90 532 {nd(3)} {nd(2)} {nd(2)}", f"0532 {nd(3)} {nd(2)} {nd(2)}", f"0 (212) {nd(3)} {nd(2)} {nd(2)}"])
        if c == "AR":
            return pick([f"+54 9 11 {nd(4)}-{nd(4)}", f"011 {nd(4)}-{nd(4)}", f"+54 11 {nd(4)} {nd(4)}"])
        if c == "NG":
            return pick([f"+234 803 {nd(3)} {nd(4)}", f"0803 {nd(3)} {nd(4)}", f"+2348{nd(9)}"])
        if c == "PT":
            return pick([f"+351 912 {nd(3)} {nd(3)}", f"912 {nd(3)} {nd(3)}", f"+351 21 {nd(3)} {nd(4)}"])
        if c == "RU":
            return pick([f"+7 912 {nd(3)}-{nd(2)}-{nd(2)}", f"8 (912) {nd(3)}-{nd(2)}-{nd(2)}", f"+7 (495) {nd(3)}-{nd(2)}-{nd(2)}"])
        raise ValueError(c)

    more = ["PL", "SE", "CH", "AT", "BE", "IE", "SG", "PH", "TR", "AR", "NG", "PT", "RU"]
    for c in more:
        for _ in range(2):
            name = g.person()
            ph = phone_more(c)
            tpl = pick(["sig", "form", "csv", "prose", "vcard"])
            if tpl == "sig":
                add("pii/phone", ["Best regards,\n", PI(name, "person"), "\nHead of Operations\nTel. ", PI(ph, "phone"), "\n"])
            elif tpl == "form":
                add("pii/phone", ["<input name=\"phone\" type=\"tel\" value=\"", PI(ph, "phone"), "\">\n"])
            elif tpl == "csv":
                add("pii/phone", ["id,name,phone,city\n" + str(R.randint(1, 999)) + ",", PI(name, "person"), ",", PI(ph, "phone"), ",Lisbon\n"])
            elif tpl == "prose":
                add("pii/phone", ["You can reach me on my mobile ", PI(ph, "phone"), " after 6pm."])
            else:
                add("pii/phone", ["BEGIN:VCARD\nVERSION:3.0\nFN:", PI(name, "person"), "\nTEL;TYPE=CELL:", PI(ph, "phone"), "\nEND:VCARD\n"])
        # E.164 without separators in JSON, each country
    for c in ["US", "UK", "DE", "FR", "IN", "BR", "JP", "AU"]:
        ph, _ = g.phone(c)
        add("pii/phone", ["{\"user\": {\"id\": " + str(R.randint(1000, 99999)) + ", \"phone_number\": \"", PI(ph, "phone"), "\"}}\n"])
    # emails
    for _ in range(6):
        name = g.person()
        em = g.email(name)
        tpl = pick(["git", "mailto", "csv", "log", "header"])
        if tpl == "git":
            add("pii/email", ["Signed-off-by: ", PI(name, "person"), " <", PI(em, "email"), ">\n"])
        elif tpl == "mailto":
            add("pii/email", ["<a href=\"mailto:", PI(em, "email"), "?subject=Invoice\">Contact</a>\n"])
        elif tpl == "csv":
            add("pii/email", ["email;first_name;opt_in\n", PI(em, "email"), ";" + name.split()[0] + ";true\n"])
        elif tpl == "log":
            add("pii/email", ["2024-04-11 09:12:44 INFO login ok user=", PI(em, "email"), " ip=", PI(g.ipv4(), "ipv4"), "\n"])
        else:
            add("pii/email", ["From: \"", PI(name, "person"), "\" <", PI(em, "email"), ">\nSubject: Re: your order\n"])
    for em in [f"j.doe+billing@mail.eu.acme-corp.com", f"ops-alerts+{rs(4, LOWER)}@notifications.prod.example.co.uk", f"firstname_{nd(3)}@sub.dept.uni-example.edu"]:
        add("pii/email", ["Please cc ", PI(em, "email"), " on the ticket."])
    # IBANs
    for c in ["NO", "BE", "FI", "AT", "CH", "PL", "PT", "IE", "GR", "RO", "HR", "LT"]:
        ib = g.iban(c)
        tpl = pick(["xml", "footer", "csv", "prose"])
        if tpl == "xml":
            add("pii/iban", ["<CdtrAcct><Id><IBAN>", PI(ib, "iban"), "</IBAN></Id></CdtrAcct>\n"])
        elif tpl == "footer":
            add("pii/iban", ["Bank: Example Bank · IBAN: ", PI(g.iban_grouped(ib), "iban"), " · BIC: EXAMBEBB\n"])
        elif tpl == "csv":
            add("pii/iban", ["payee,iban,amount\n", PI(g.person(), "person"), ",", PI(ib, "iban"), ",120.00\n"])
        else:
            add("pii/iban", ["please send the deposit to my account ", PI(g.iban_grouped(ib), "iban"), " before friday"])
    # cards
    for brand, sep in [("visa", " "), ("mastercard", "-"), ("amex", " "), ("discover", "-"), ("jcb", " "), ("mastercard2", ""), ("visa", "-"), ("unionpay", " ")]:
        num = g.card_layout(g.card(brand), sep)
        tpl = pick(["form", "chat", "json", "csv"])
        if tpl == "form":
            add("pii/card", ["Card number: ", PI(num, "payment_card"), "\nExpiry: 0" + str(R.randint(1, 9)) + "/2" + str(R.randint(6, 9)) + "\n"])
        elif tpl == "chat":
            add("pii/card", ["my card is ", PI(num, "payment_card"), " can you retry the payment?"])
        elif tpl == "json":
            add("pii/card", ["{\"pan\": \"", PI(num, "payment_card"), "\", \"exp_month\": " + str(R.randint(1, 12)) + "}\n"])
        else:
            add("pii/card", ["name,card,exp\n", PI(g.person(), "person"), ",", PI(num, "payment_card"), ",12/27\n"])
    # national ids in forms / CSV
    for fn, typ, label in [(g.ssn, "us_ssn", "SSN"), (g.nino, "uk_nino", "NI number"), (g.dni, "es_dni", "DNI"), (g.pesel, "pl_pesel", "PESEL"),
                           (g.cpf, "br_cpf", "CPF"), (g.aadhaar, "in_aadhaar", "Aadhaar"), (g.sin, "ca_sin", "SIN"), (g.codice_fiscale, "it_codice_fiscale", "Codice fiscale"),
                           (g.bsn, "nl_bsn", "BSN"), (g.personnummer, "se_personnummer", "Personnummer")]:
        v = fn()
        tpl = pick(["form", "csv"])
        if tpl == "form":
            add("pii/" + typ, [f"<label>{label}</label><input value=\"", PI(v, typ), "\" readonly>\n"])
        else:
            add("pii/" + typ, [f"name,{label.lower().replace(' ', '_')},status\n", PI(g.person(), "person"), ",", PI(v, typ), ",verified\n"])
    # pii hard negatives
    bad = g.luhn_invalid_16()
    pneg = [
        "Card: " + " ".join(bad[i:i + 4] for i in range(0, 16, 4)) + " (test data, fails Luhn)\n",
        f"build id {nd(4)} {nd(4)} {nd(4)} {nd(4)} finished\n",
        f"Order #{nd(3)}-{nd(7)}-{nd(7)} shipped\n",
        f"release v{R.randint(1, 9)}.{R.randint(0, 20)}.{R.randint(0, 9)} (build {nd(8)})\n",
        f"uuid {g.uuid4()}\n",
        "Email: user@example.com (placeholder)\n" if False else "Contact form: name@domain (fill in your address)\n",
        f"sha256 {rs(64, HEX)}\n",
    ]
    for t in pneg:
        add("negative/pii", [t])
    return out

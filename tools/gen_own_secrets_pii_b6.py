"""Sixth, blind batch for tests/data/secrets_pii_own.jsonl (imported by
gen_own_secrets_pii.py after batch 5, with the generator module passed in as `g` so the
same seeded RNG and helpers are used; appended after batch 5, so earlier ids and values
are unchanged).

Secrets only: the common providers the earlier batches drew most (AWS, GitHub, GitLab,
Slack, Stripe, OpenAI, Anthropic, Google, Azure, Twilio, SendGrid, npm, PyPI, Docker,
JWT, private keys, database URIs) in wrappers those batches drew least: Kubernetes Secret
manifests with base64 `data:` values, Helm values, Terraform tfvars, GitHub Actions
`env:`, docker-compose `environment:` lists, .npmrc / .pypirc / .netrc / .git-credentials,
~/.aws/credentials, Java .properties, Spring application.yml, PHP .env with quotes,
Go / Rust / C# / Kotlin / Swift string constants, SQL INSERTs, HTTP request dumps
(Authorization, Cookie, X-Api-Key), curl / httpie / wget, Postman collections, Jupyter
notebook JSON, key=value log lines, Python tracebacks with locals, Markdown tables, CSV
exports, URL query strings, chat messages, e-mails; values decorated (backticks, <...>,
trailing punctuation, no final newline, JSON \\n escapes) or inside Chinese, Russian,
Japanese, Korean and Arabic sentences. Hard negatives: placeholders (<YOUR_API_KEY>,
sk-..., xxxx, changeme, ${{ secrets.X }}, {{ .Values.x }}, os.environ["X"]), documented
example keys, lockfile hashes, git SHAs, UUIDs, public keys and certificates, base64
images, analytics ids beside the word token, fixtures that say fake. Every body is random.
Twelve name/value and markup wrappers (Kubernetes env name/value, ECS task definitions,
web.config appSettings, Maven settings.xml, JBoss datasource XML, Ansible vars, Poetry
TOML, Azure Pipelines variables, a Jenkinsfile environment block, wp-config.php,
PowerShell, GraphQL variables) and six matching negatives were added before the rules
were read, so they count as first sight too.

Shapes not confirmed in official documentation, as seen in use: the WordPress salt
alphabet (64 printable characters), the Laravel APP_KEY "base64:" + 32 random bytes.

First-sight figures, measured with a small aiguard.scan span-overlap script (same rule
as score.py: a labelled secret span is found if a secret finding overlaps it) with the
rules as they stood at 4b69caf, before any rule was changed for this batch:
    batch 6 alone (source prefix "b6/", 166 secret spans, 66 hard-negative records):
        secret: 159/166 found (recall 0.958), 3 false positives on the negatives
    by wrapper: every Kubernetes (stringData, base64 data:, env name/value), Helm,
    tfvars, Actions env, GitLab CI, docker-compose (list and map), .npmrc, .pypirc,
    .netrc, .git-credentials, ~/.aws/credentials, .pgpass, docker config.json,
    .properties, application.yml, appsettings.json, web.config, Maven / JBoss XML,
    Ansible, TOML, Azure Pipelines, Jenkinsfile, PHP .env, Go / Rust / C# / Kotlin /
    Swift / JS / Python / Ruby / Java / PowerShell code, HTTP dumps, Basic auth, curl,
    httpie, wget, docker login, URL queries, DB URIs, Postman collection auth and headers,
    notebooks, key=value logs, tracebacks with locals, CSV, chat, e-mail, Chinese /
    Russian / Japanese / Korean / Arabic / German sentences, backticks, <...>, trailing
    punctuation, no final newline, shell history, private keys in JSON / YAML / HCL /
    base64 Secret data, JWTs and base64 service-account JSON: all found (152/152).
    Missed (7): php define('DB_PASSWORD', '...') with a value starting "$-" and
    define('AUTH_KEY' / 'SECURE_AUTH_KEY', ...) WordPress salts (3, php_code 1/3,
    wp_config 1/2); a password as the last value of an SQL INSERT whose column list
    names it (sql_insert 2/3); a Postman environment {"key": "apiKey", "value": ...}
    (postman_env 0/1); a password under a Markdown table header "password"
    (markdown_table 2/3); a GraphQL variable "p" (graphql_vars 0/1).
    False positives (3 of 66 negatives): "https://USERNAME:TOKEN@github.com"
    (basic-auth-url), a Mixpanel page_view event's "token" (32 hex, generic-secret-
    assignment), and a csrf_token form value (generic-secret-assignment).
    whole own set (six batches) at first sight: secret 1316/1326 (0.992), 4 FP.

After the first-sight commit the batch's texts were left as they were, but five records
got the PII labels they lacked (the own set is labelled for pii too): two e-mail
addresses, a phone number in a curl form field, a commit author's address, and the
client_email inside the base64 service-account JSON, which the PII rules read through
the encoding. One PII false positive the batch shows is left to the PII rules (not
edited here): the GitLab project id 16913308 in an .npmrc registry URL, read as a phone
number by phone-national-context.

Tuned figures, with the rules as of the commit that last changed this paragraph
(rulesets/secrets.toml, section "Sixth blind batch": wordpress-auth-salt,
generic-secret-name-value-pair, sql-insert-secret-column, markdown-table-password-column;
changed: basic-auth-url (a password slot holding a capitalised placeholder word or
token / pat / api_key is a template), generic-secret-assignment (reject_before for
csrf / xsrf / authenticity tokens, reject_after for an analytics event's token beside
distinct_id); crates/aiguard-core/src/validate/secret.rs generic-secret: a value that
begins with `$` and a symbol (`$-`, `$!`, `$%`...) and is 10+ long is a literal, not a
variable or shell expansion):
    batch 6 alone: secret 165/166 (0.994), 0 FP on the 66 negatives. Left: the GraphQL
        variable "p" (a one-letter name says nothing; reading it would flag every
        short-named JSON field).
    whole own set: secret 1322/1326 (0.997), 1 FP (b5's FLWSECK_TEST placeholder);
        pii 747/751 (0.995), 2 FP (b5's 4111 test card, the GitLab project id above)
    ../shared/corpus/dev.jsonl (score.py): secret P 1.000 R 1.000 (499/499, 0 FP), pii
        P 1.000 R 1.000, injection unchanged, benign 0.0% (unchanged)
    30.1 MB of real text (Cargo.lock files, dist-packages RECORD hashes, /usr/share/doc,
        /usr/lib/python3*): 0 findings from the four new rules or the `$`-symbol change.

A probe of 38 further command and config shapes, written after the rules were read (so
not in the batch or its figures), found 10 more misses; five rules now cover them
(section "Probed after the batch was tuned"): secret-store-cli-value (az keyvault secret
set --value, gh secret set --body, git config x.oauthtoken, npm config set ...:_authToken
VALUE), archive-openssl-password-flag (zip -P, 7z -p, openssl -k / -pass pass:),
generic-secret-escaped-json (\"api_key\":\"...\"), yaml-block-scalar-secret
(password: >- then the value), echo-pipe-secret-stdin (echo '...' | docker secret create /
... login --password-stdin), oracle-cli-connect-password (sqlplus / expdp / rman
user/password@db). Left: a session cookie (Cookie: sessionid=...), whose value is a
credential only while the session lives. The figures above are unchanged by them; 124.9
MB of /usr/share/doc, /etc, perl and dist-packages text gives 0 findings from any of the
ten new rules.
"""

from __future__ import annotations

import json


def records(g):  # noqa: C901 - one flat list of cases reads best
    R, rs, pick, nd, S, PI = g.R, g.rs, g.pick, g.nd, g.S, g.PI
    ALNUM, HEX, B64, B64URL, LOWALNUM, UPALNUM, BASE32 = (
        g.ALNUM, g.HEX, g.B64, g.B64URL, g.LOWALNUM, g.UPALNUM, g.BASE32)
    out: list[tuple[str, list]] = []

    def add(src, segs):
        out.append(("b6/" + src, segs))

    def b64s(s: str) -> str:
        return g.b64(s.encode())

    def esc(pem: str) -> str:
        return pem.replace("\n", "\\n") + "\\n"

    def akid() -> str:
        return pick(["AKIA", "AKIA", "ASIA"]) + rs(16, BASE32)

    def ghp() -> str:
        return g.github_token("ghp")

    def glpat() -> str:
        return "glpat-" + rs(20, B64URL)

    def sk_live() -> str:
        return "sk_live_" + pick([rs(24), "51" + rs(97)])

    def sg() -> str:
        return "SG." + rs(22, B64URL) + "." + rs(43, B64URL)

    def npm() -> str:
        return "npm_" + rs(36)

    def pypi() -> str:
        return g.pypi_token(False)

    def dckr() -> str:
        return "dckr_pat_" + rs(27, B64URL)

    def aiza() -> str:
        return "AIza" + rs(35, B64URL)

    def twsk() -> str:
        return "SK" + rs(32, HEX)

    def pw() -> str:
        return g.password_value().replace("\"", "").replace("'", "").replace("\\", "").replace("`", "")

    def cpw() -> str:
        return g.db_password().replace("\"", "").replace("'", "").replace("\\", "")

    # ================================================================ Kubernetes, Helm, Terraform, CI
    add("secret/k8s_data_b64", ["apiVersion: v1\nkind: Secret\nmetadata:\n  name: api-keys\n  namespace: prod\ntype: Opaque\ndata:\n  OPENAI_API_KEY: ",
                                S(b64s(g.openai_project()), "openai_project_key_b64"), "\n  STRIPE_SECRET_KEY: ", S(b64s(sk_live()), "stripe_live_secret_key_b64"), "\n"])
    add("secret/k8s_data_b64", ["apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ndata:\n  username: " + b64s("app") + "\n  password: ",
                                S(b64s(cpw()), "password_b64"), "\n"])
    add("secret/k8s_data_b64", ["kind: Secret\napiVersion: v1\nmetadata:\n  name: regcred\ntype: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: ",
                                S(b64s(json.dumps({"auths": {"https://index.docker.io/v1/": {"auth": b64s("acmebot:" + dckr())}}})), "docker_config_b64"), "\n"])
    add("secret/k8s_stringdata", ["apiVersion: v1\nkind: Secret\nmetadata:\n  name: aws\nstringData:\n  AWS_ACCESS_KEY_ID: ", S(akid(), "aws_access_key_id"),
                                  "\n  AWS_SECRET_ACCESS_KEY: ", S(g.aws_secret(), "aws_secret_access_key"), "\n"])
    add("secret/helm_values", ["# values-prod.yaml\nreplicaCount: 3\nimage:\n  tag: 1.14.2\nenv:\n  SLACK_BOT_TOKEN: \"", S(g.slack_bot(), "slack_bot_token"), "\"\n  LOG_LEVEL: info\n"])
    add("secret/helm_values", ["postgresql:\n  auth:\n    username: app\n    password: ", S(cpw(), "password"), "\n    database: orders\n"])
    add("secret/helm_cli", ["helm upgrade --install api ./chart --set secrets.anthropicApiKey=", S(g.anthropic_key(), "anthropic_api_key"), " --namespace prod\n"])
    add("secret/tfvars", ["# terraform.tfvars\nregion        = \"eu-west-1\"\naccess_key    = \"", S(akid(), "aws_access_key_id"), "\"\nsecret_key    = \"", S(g.aws_secret(), "aws_secret_access_key"), "\"\n"])
    add("secret/tfvars", ["github_token = \"", S(ghp(), "github_pat_classic"), "\"\nrepo_name    = \"infra-live\"\n"])
    add("secret/tfvars", ["azure_client_id     = \"" + g.uuid4() + "\"\nazure_client_secret = \"", S(g.azure_client_secret(), "azure_ad_client_secret"), "\"\nazure_tenant_id     = \"" + g.uuid4() + "\"\n"])
    add("secret/gh_actions_env", ["jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      NODE_AUTH_TOKEN: ", S(npm(), "npm_token"), "\n      CI: true\n    steps:\n      - run: npm publish\n"])
    add("secret/gh_actions_env", ["      - name: Upload\n        env:\n          TWINE_USERNAME: __token__\n          TWINE_PASSWORD: ", S(pypi(), "pypi_upload_token"), "\n        run: twine upload dist/*\n"])
    add("secret/gh_actions_env", ["    env:\n      SENDGRID_API_KEY: '", S(sg(), "sendgrid_api_key"), "'\n"])
    add("secret/gitlab_ci", ["variables:\n  GITLAB_TOKEN: \"", S(glpat(), "gitlab_pat"), "\"\n  DOCKER_DRIVER: overlay2\n"])
    add("secret/compose_env_list", ["services:\n  api:\n    image: acme/api:2.3\n    environment:\n      - NODE_ENV=production\n      - STRIPE_SECRET_KEY=", S(sk_live(), "stripe_live_secret_key"),
                                    "\n      - DATABASE_URL=postgres://api:", S(cpw().replace("@", "").replace("/", "").replace(":", ""), "password"), "@db:5432/api\n"])
    add("secret/compose_env_list", ["  worker:\n    environment:\n      - \"OPENAI_API_KEY=", S(g.openai_project(), "openai_project_key"), "\"\n      - \"QUEUE=default\"\n"])
    add("secret/compose_env_map", ["  db:\n    image: mysql:8\n    environment:\n      MYSQL_ROOT_PASSWORD: ", S(cpw(), "password"), "\n      MYSQL_DATABASE: shop\n"])

    # ================================================================ dotfiles
    add("secret/npmrc", ["//registry.npmjs.org/:_authToken=", S(npm(), "npm_token"), "\nalways-auth=true\n"])
    add("secret/npmrc", ["; ~/.npmrc\n@acme:registry=https://gitlab.com/api/v4/projects/" + nd(8) + "/packages/npm/\n//gitlab.com/api/v4/projects/" + nd(8) + "/packages/npm/:_authToken=", S(glpat(), "gitlab_pat"), "\n"])
    add("secret/pypirc", ["[distutils]\nindex-servers =\n    pypi\n\n[pypi]\nusername = __token__\npassword = ", S(pypi(), "pypi_upload_token"), "\n"])
    add("secret/pypirc", ["[testpypi]\nrepository = https://test.pypi.org/legacy/\nusername = __token__\npassword = ", S(g.pypi_token(True), "pypi_upload_token"), "\n"])
    add("secret/netrc", ["machine api.github.com\n  login acme-bot\n  password ", S(ghp(), "github_pat_classic"), "\n"])
    add("secret/netrc", ["machine ftp.acme-partner.de login exports password ", S(pw().replace(" ", ""), "password"), "\n"])
    add("secret/git_credentials", ["https://acme-bot:", S(ghp(), "github_pat_classic"), "@github.com\nhttps://oauth2:", S(glpat(), "gitlab_pat"), "@gitlab.com\n"])
    add("secret/aws_credentials", ["[default]\naws_access_key_id = ", S(akid(), "aws_access_key_id"), "\naws_secret_access_key = ", S(g.aws_secret(), "aws_secret_access_key"), "\n\n[prod]\nregion = eu-central-1\n"])
    add("secret/aws_credentials", ["[ci]\naws_access_key_id=", S("ASIA" + rs(16, BASE32), "aws_access_key_id"), "\naws_secret_access_key=", S(g.aws_secret(), "aws_secret_access_key"), "\naws_session_token=", S(g.aws_session_token(), "aws_session_token")])
    add("secret/docker_config", ["{\n\t\"auths\": {\n\t\t\"https://index.docker.io/v1/\": {\n\t\t\t\"auth\": \"", S(b64s("acme:" + dckr()), "docker_auth"), "\"\n\t\t}\n\t}\n}"])
    add("secret/pgpass", ["# ~/.pgpass\ndb.prod.acme.internal:5432:orders:app:", S(cpw().replace(":", ""), "password"), "\n"])

    # ================================================================ Java / Spring / PHP / other configs
    add("secret/properties", ["# application.properties\nspring.datasource.url=jdbc:postgresql://db:5432/app\nspring.datasource.username=app\nspring.datasource.password=", S(cpw(), "password"), "\nstripe.api.key=", S(sk_live(), "stripe_live_secret_key"), "\n"])
    add("secret/properties", ["twilio.account.sid=AC" + rs(32, HEX) + "\ntwilio.auth.token=", S(rs(32, HEX), "twilio_auth_token"), "\ntwilio.api.key=", S(twsk(), "twilio_api_key"), "\n"])
    add("secret/spring_yml", ["spring:\n  mail:\n    host: smtp.sendgrid.net\n    username: apikey\n    password: ", S(sg(), "sendgrid_api_key"), "\n  datasource:\n    password: '", S(cpw(), "password"), "'\n"])
    add("secret/spring_yml", ["cloud:\n  aws:\n    credentials:\n      access-key: ", S(akid(), "aws_access_key_id"), "\n      secret-key: ", S(g.aws_secret(), "aws_secret_access_key"), "\n"])
    add("secret/php_env", ["APP_KEY=base64:", S(g.b64(bytes(R.getrandbits(8) for _ in range(32))), "laravel_app_key"), "\nDB_PASSWORD=\"", S(cpw(), "password"), "\"\nMAIL_PASSWORD='", S(sg(), "sendgrid_api_key"), "'\n"])
    add("secret/php_code", ["<?php\n$stripe = new \\Stripe\\StripeClient('", S(sk_live(), "stripe_live_secret_key"), "');\n"])
    add("secret/php_code", ["<?php\ndefine('DB_PASSWORD', '", S(cpw(), "password"), "');\ndefine('AUTH_KEY', '", S(rs(64, ALNUM + "!@#$%^&*()-_[]{}<>~+=,.;:/?|"), "wordpress_salt"), "');\n"])
    add("secret/appsettings", ["{\n  \"ConnectionStrings\": {\n    \"Default\": \"Server=sql.acme.local;Database=Shop;User Id=shop;Password=", S(cpw().replace(";", ""), "password"), ";TrustServerCertificate=True\"\n  },\n  \"SendGrid\": { \"ApiKey\": \"", S(sg(), "sendgrid_api_key"), "\" }\n}\n"])
    add("secret/azure_conn", ["AZURE_STORAGE_CONNECTION_STRING=\"DefaultEndpointsProtocol=https;AccountName=acmedata;AccountKey=", S(g.b64(bytes(R.getrandbits(8) for _ in range(64))), "azure_storage_account_key"), ";EndpointSuffix=core.windows.net\"\n"])
    add("secret/azure_sas", ["https://acmedata.blob.core.windows.net/exports/q3.csv?", S(g.sas_query(), "azure_sas_token"), "\n"])

    # ================================================================ code string constants
    add("secret/go_const", ["package config\n\nconst githubToken = \"", S(ghp(), "github_pat_classic"), "\"\n"])
    add("secret/go_const", ["var slackWebhook = \"", S(g.slack_webhook(), "slack_webhook"), "\"\n"])
    add("secret/rust_const", ["pub const OPENAI_KEY: &str = \"", S(g.openai_project(), "openai_project_key"), "\";\n"])
    add("secret/rust_const", ["let client = reqwest::Client::new();\nlet resp = client.get(url).bearer_auth(\"", S(g.jwt_token(), "jwt"), "\").send().await?;\n"])
    add("secret/csharp", ["private const string SendGridKey = \"", S(sg(), "sendgrid_api_key"), "\";\n"])
    add("secret/csharp", ["var credential = new ClientSecretCredential(tenantId, clientId, \"", S(g.azure_client_secret(), "azure_ad_client_secret"), "\");\n"])
    add("secret/kotlin", ["object Keys {\n    const val MAPS_API_KEY = \"", S(aiza(), "google_api_key"), "\"\n}\n"])
    add("secret/swift", ["let anthropicKey = \"", S(g.anthropic_key(), "anthropic_api_key"), "\"\n"])
    add("secret/js_code", ["const octokit = new Octokit({ auth: `", S(ghp(), "github_pat_classic"), "` });\n"])
    add("secret/js_code", ["sgMail.setApiKey('", S(sg(), "sendgrid_api_key"), "');"])
    add("secret/python_code", ["client = anthropic.Anthropic(api_key=\"", S(g.anthropic_key(), "anthropic_api_key"), "\")\n"])
    add("secret/python_code", ["s3 = boto3.client(\"s3\", aws_access_key_id=\"", S(akid(), "aws_access_key_id"), "\", aws_secret_access_key=\"", S(g.aws_secret(), "aws_secret_access_key"), "\")\n"])
    add("secret/python_code", ["engine = create_engine(\"mysql+pymysql://report:", S(cpw().replace("@", "").replace("/", "").replace(":", ""), "password"), "@mysql.internal:3306/sales\")\n"])
    add("secret/ruby_code", ["Stripe.api_key = \"", S(sk_live(), "stripe_live_secret_key"), "\"\n"])
    add("secret/java_code", ["Twilio.init(\"AC" + rs(32, HEX) + "\", \"", S(rs(32, HEX), "twilio_auth_token"), "\");\n"])
    add("secret/sql_insert", ["INSERT INTO integrations (id, provider, api_key) VALUES (17, 'slack', '", S(g.slack_bot(), "slack_bot_token"), "');\n"])
    add("secret/sql_insert", ["INSERT INTO users (email, password) VALUES ('", PI("ops@acme.io", "email"), "', '", S(pw(), "password"), "');\n"])
    add("secret/sql_insert", ["CREATE USER reporting WITH PASSWORD '", S(cpw(), "password"), "';\n"])

    # ================================================================ HTTP dumps and CLI
    add("secret/http_dump", ["GET /v1/models HTTP/1.1\nHost: api.openai.com\nAuthorization: Bearer ", S(g.openai_project(), "openai_project_key"), "\nUser-Agent: python-httpx/0.27.0\n"])
    add("secret/http_dump", ["POST /v1/messages HTTP/1.1\r\nHost: api.anthropic.com\r\nx-api-key: ", S(g.anthropic_key(), "anthropic_api_key"), "\r\nanthropic-version: 2023-06-01\r\n\r\n"])
    add("secret/http_dump", ["GET /api/me HTTP/2\nhost: app.acme.io\ncookie: _ga=GA1.1." + nd(9) + "." + nd(10) + "; session=", S(g.jwt_token(), "jwt"), "; theme=dark\n"])
    add("secret/http_dump", ["> GET /user HTTP/1.1\n> Host: api.github.com\n> Authorization: token ", S(ghp(), "github_pat_classic"), "\n> Accept: */*\n"])
    add("secret/http_dump", ["X-Api-Key: ", S(sg(), "sendgrid_api_key")])
    add("secret/http_basic", ["Authorization: Basic ", S(b64s("api:" + sk_live()), "basic_auth"), "\n"])
    add("secret/curl", ["curl -u ", S(sk_live(), "stripe_live_secret_key"), ": https://api.stripe.com/v1/charges\n"])
    add("secret/curl", ["curl -s -H 'PRIVATE-TOKEN: ", S(glpat(), "gitlab_pat"), "' https://gitlab.com/api/v4/projects\n"])
    add("secret/curl", ["curl -X POST https://api.twilio.com/2010-04-01/Accounts/AC" + rs(32, HEX) + "/Messages.json -u AC" + rs(32, HEX) + ":", S(rs(32, HEX), "twilio_auth_token"), " -d To=", PI("+15550001111", "phone"), "\n"])
    add("secret/httpie", ["http POST https://api.sendgrid.com/v3/mail/send Authorization:\"Bearer ", S(sg(), "sendgrid_api_key"), "\" < mail.json\n"])
    add("secret/httpie", ["http GET https://api.github.com/user \"Authorization: Bearer ", S("github_pat_11" + rs(20, UPALNUM) + "_" + rs(59), "github_fine_grained_pat"), "\"\n"])
    add("secret/wget", ["wget --header=\"Authorization: Bearer ", S(g.jwt_token(alg="RS256"), "jwt"), "\" https://files.acme.io/export.zip\n"])
    add("secret/wget", ["wget --user=deploy --password=", S(pw().replace(" ", ""), "password"), " ftp://ftp.acme.io/backups/db.sql.gz\n"])
    add("secret/docker_login", ["docker login -u acme -p ", S(dckr(), "docker_hub_token"), "\n"])
    add("secret/url_query", ["GET https://maps.googleapis.com/maps/api/geocode/json?address=Berlin&key=", S(aiza(), "google_api_key"), "\n"])
    add("secret/url_query", ["https://api.acme.io/export?format=csv&access_token=", S(g.jwt_token(), "jwt"), "&page=2"])
    add("secret/db_uri", ["mongodb+srv://admin:", S(cpw().replace("@", "").replace("/", "").replace(":", ""), "password"), "@cluster0." + rs(5, LOWALNUM) + ".mongodb.net/?retryWrites=true&w=majority\n"])
    add("secret/db_uri", ["REDIS_URL=rediss://default:", S(rs(32, ALNUM), "password"), "@redis-" + nd(5) + ".c1.eu-west-1.ec2.redns.redis-cloud.com:" + nd(5) + "\n"])
    add("secret/db_uri", ["amqp://guest2:", S(cpw().replace("@", "").replace("/", "").replace(":", ""), "password"), "@rabbit.acme.internal:5672/%2f\n"])

    # ================================================================ Postman, notebooks, logs, tracebacks, tables
    add("secret/postman", ["{\n  \"info\": {\"name\": \"Billing API\"},\n  \"auth\": {\"type\": \"bearer\", \"bearer\": [{\"key\": \"token\", \"value\": \"", S(sk_live(), "stripe_live_secret_key"), "\", \"type\": \"string\"}]},\n  \"item\": []\n}\n"])
    add("secret/postman", ["\"header\": [{\"key\": \"x-api-key\", \"value\": \"", S(g.anthropic_key(), "anthropic_api_key"), "\"}, {\"key\": \"anthropic-version\", \"value\": \"2023-06-01\"}]"])
    add("secret/postman_env", ["{\"id\": \"" + g.uuid4() + "\", \"name\": \"prod\", \"values\": [{\"key\": \"apiKey\", \"value\": \"", S(rs(40, ALNUM), "api_key"), "\", \"enabled\": true}]}\n"])
    add("secret/notebook", ["{\n \"cells\": [\n  {\n   \"cell_type\": \"code\",\n   \"source\": [\n    \"import openai\\n\",\n    \"openai.api_key = \\\"", S(g.openai_project(), "openai_project_key"), "\\\"\\n\",\n    \"client = openai.OpenAI()\"\n   ]\n  }\n ]\n}\n"])
    add("secret/notebook", ["   \"source\": [\n    \"os.environ[\\\"HF_TOKEN\\\"] = \\\"", S("hf_" + rs(34, ALNUM), "huggingface_token"), "\\\"\\n\"\n   ]\n"])
    add("secret/notebook", ["   \"outputs\": [{\"name\": \"stdout\", \"text\": [\"Using key ", S(aiza(), "google_api_key"), "\\n\"]}]\n"])
    add("secret/log_kv", ["2026-05-02T10:11:12Z level=debug msg=\"calling upstream\" provider=stripe api_key=", S(sk_live(), "stripe_live_secret_key"), " attempt=1\n"])
    add("secret/log_kv", ["ts=2026-05-02T10:11:13Z level=info component=slack token=", S(g.slack_bot(), "slack_bot_token"), " channel=C" + rs(10, UPALNUM) + "\n"])
    add("secret/log_kv", ["INFO  [main] c.a.s.Config - loaded config {db.user=app, db.password=", S(cpw().replace(",", "").replace("}", ""), "password"), ", db.pool=10}\n"])
    add("secret/log_kv", ["May 02 10:11:14 web-3 app[812]: auth ok user=ci token=", S(glpat(), "gitlab_pat"), "\n"])
    add("secret/traceback_locals", ["Traceback (most recent call last):\n  File \"/srv/app/sync.py\", line 88, in push\n    resp = session.post(url, headers=headers)\n    headers = {'Authorization': 'Bearer ", S(g.openai_project(), "openai_project_key"), "', 'Content-Type': 'application/json'}\n    url = 'https://api.openai.com/v1/files'\nrequests.exceptions.HTTPError: 429 Client Error\n"])
    add("secret/traceback_locals", ["  File \"/srv/app/pay.py\", line 12, in charge\n    api_key = '", S(sk_live(), "stripe_live_secret_key"), "'\n    amount = 1999\nstripe.error.CardError: Your card was declined.\n"])
    add("secret/sentry_locals", ["Local variables:\n  self = <Uploader object at 0x7f3a2c>\n  password = '", S(pw(), "password"), "'\n  host = 'sftp.acme.io'\n"])
    add("secret/markdown_table", ["| Service | Key |\n|---|---|\n| SendGrid | `", S(sg(), "sendgrid_api_key"), "` |\n| Twilio | `", S(twsk(), "twilio_api_key"), "` |\n"])
    add("secret/markdown_table", ["| env | user | password |\n|-----|------|----------|\n| staging | admin | ", S(cpw().replace("|", ""), "password"), " |\n"])
    add("secret/csv", ["name,provider,key,created\nprod-bot,github,", S(ghp(), "github_pat_classic"), ",2026-01-12\nci,npm,", S(npm(), "npm_token"), ",2026-02-01\n"])
    add("secret/csv", ["\"service\";\"secret\"\n\"docker\";\"", S(dckr(), "docker_hub_token"), "\"\n"])

    # ================================================================ chat, e-mail, decorated values
    add("secret/chat", ["here's my key: ", S(g.openai_project(), "openai_project_key"), " lmk if it works!"])
    add("secret/chat", ["use `", S(ghp(), "github_pat_classic"), "` for the bot, it has repo scope."])
    add("secret/chat", ["token is <", S(g.slack_bot(), "slack_bot_token"), ">, the old one is revoked."])
    add("secret/chat", ["aws creds: ", S(akid(), "aws_access_key_id"), " / ", S(g.aws_secret(), "aws_secret_access_key"), "."])
    add("secret/chat", ["try this one -> ", S(g.anthropic_key(), "anthropic_api_key")])
    add("secret/chat", ["The DB password for staging is ", S(cpw(), "password"), ", please don't share it."])
    add("secret/email", ["Subject: API access\n\nHi Marta,\n\nas discussed, your SendGrid key is:\n\n    ", S(sg(), "sendgrid_api_key"), "\n\nBest,\nOps\n"])
    add("secret/email", ["From: ", PI("it@acme.io", "email"), "\nSubject: VPN\n\nYour temporary password is: ", S(pw(), "password"), "\nPlease change it at first login.\n"])
    add("secret/i18n_zh", ["这是我们生产环境的密钥：", S(g.openai_project(), "openai_project_key"), "，请不要外传。"])
    add("secret/i18n_zh", ["数据库密码是", S(cpw(), "password"), "，明天会更换。"])
    add("secret/i18n_ru", ["Вот токен для деплоя: ", S(ghp(), "github_pat_classic"), " — не коммить его, пожалуйста."])
    add("secret/i18n_ru", ["Пароль от админки: ", S(pw(), "password"), ". Смени после входа."])
    add("secret/i18n_ja", ["本番のAPIキーは「", S(sk_live(), "stripe_live_secret_key"), "」です。取り扱い注意。"])
    add("secret/i18n_ja", ["パスワード：", S(cpw(), "password"), "（来週変更予定）"])
    add("secret/i18n_ko", ["슬랙 토큰은 ", S(g.slack_bot(), "slack_bot_token"), " 입니다."])
    add("secret/i18n_ar", ["مفتاح AWS هو ", S(akid(), "aws_access_key_id"), " والسر ", S(g.aws_secret(), "aws_secret_access_key"), " من فضلك لا تشاركه."])
    add("secret/i18n_de", ["Hier der Token fürs Deployment: ", S(glpat(), "gitlab_pat"), " – bitte nicht weitergeben."])
    add("secret/no_newline", ["GITHUB_TOKEN=", S(ghp(), "github_pat_classic")])
    add("secret/no_newline", ["export ANTHROPIC_API_KEY=\"", S(g.anthropic_key(), "anthropic_api_key"), "\""])
    add("secret/trailing_punct", ["The webhook is ", S(g.slack_webhook(), "slack_webhook"), "."])
    add("secret/trailing_punct", ["(key: ", S(aiza(), "google_api_key"), ")"])
    add("secret/shell_history", ["  501  export OPENAI_API_KEY=", S(g.openai_project(), "openai_project_key"), "\n  502  python bench.py\n  503  mysql -u root -p", S(cpw().replace(" ", "").replace("'", ""), "password"), " shop\n"])
    add("secret/shell_history", ["  88  gh auth login --with-token <<< ", S(ghp(), "github_pat_classic"), "\n"])
    add("secret/shell_history", [": 1714650000:0;npm config set //registry.npmjs.org/:_authToken ", S(npm(), "npm_token"), "\n"])

    # ================================================================ private keys and JWTs in wrappers
    add("secret/pk_k8s_b64", ["apiVersion: v1\nkind: Secret\ntype: kubernetes.io/tls\ndata:\n  tls.crt: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t" + rs(60, B64) + "\n  tls.key: ", S(b64s(g.private_key("pkcs8-ec") + "\n"), "private_key_b64"), "\n"])
    add("secret/pk_json_escaped", ["{\"deploy_key\": \"", S(esc(g.private_key("ec")), "private_key"), "\", \"host\": \"git.acme.io\"}"])
    add("secret/pk_yaml", ["ssh:\n  privateKey: |\n    " , S(g.private_key("openssh").replace("\n", "\n    "), "private_key"), "\n  knownHosts: github.com ssh-ed25519 AAAAC3Nza" + rs(60, B64) + "\n"])
    add("secret/pk_env_oneline", ["JWT_PRIVATE_KEY=\"", S(esc(g.private_key("rsa")), "private_key"), "\"\n"])
    add("secret/pk_tf", ["resource \"github_repository_deploy_key\" \"k\" {\n  key = <<-EOT\n    ", S(g.private_key("openssh").replace("\n", "\n    "), "private_key"), "\n  EOT\n}\n"])
    add("secret/jwt_header", ["Authorization: Bearer ", S(g.jwt_token({"sub": "svc-billing", "role": "admin", "iat": 1714650000, "exp": 1746186000}, "RS256"), "jwt"), "\n"])
    add("secret/jwt_localstorage", ["localStorage.setItem(\"id_token\", \"", S(g.jwt_token(), "jwt"), "\");\n"])
    add("secret/supabase", ["const supabase = createClient(\"https://" + rs(20, "abcdefghijklmnopqrstuvwxyz") + ".supabase.co\", \"", S(g.supabase_service_jwt(), "supabase_service_role_key"), "\");\n"])
    # the JSON holds the service account's client_email, which the PII rules read through the base64
    sa = b64s(g.gcp_sa_json(0))
    add("secret/gcp_sa_b64", ["GOOGLE_CREDENTIALS_BASE64=", ("secret", "gcp_service_account_b64", sa, [(0, len(sa), "pii", "email")]), "\n"])

    # ================================================================ name/value and markup wrappers
    add("secret/k8s_env", ["      containers:\n        - name: api\n          env:\n            - name: GITHUB_TOKEN\n              value: ", S(ghp(), "github_pat_classic"), "\n            - name: DB_PASSWORD\n              value: \"", S(cpw(), "password"), "\"\n"])
    add("secret/ecs_task", ["\"environment\": [\n  {\"name\": \"SENDGRID_API_KEY\", \"value\": \"", S(sg(), "sendgrid_api_key"), "\"},\n  {\"name\": \"TWILIO_AUTH_TOKEN\", \"value\": \"", S(rs(32, HEX), "twilio_auth_token"), "\"}\n]\n"])
    add("secret/web_config", ["<appSettings>\n  <add key=\"StripeSecretKey\" value=\"", S(sk_live(), "stripe_live_secret_key"), "\" />\n  <add key=\"SmtpPassword\" value=\"", S(cpw().replace("<", "").replace("&", ""), "password"), "\" />\n</appSettings>\n"])
    add("secret/maven_settings", ["<servers>\n  <server>\n    <id>github</id>\n    <username>acme-bot</username>\n    <password>", S(ghp(), "github_pat_classic"), "</password>\n  </server>\n</servers>\n"])
    add("secret/xml_config", ["<datasource jndi-name=\"java:/OrdersDS\">\n  <user-name>orders</user-name>\n  <password>", S(cpw().replace("<", "").replace("&", ""), "password"), "</password>\n</datasource>\n"])
    add("secret/ansible_vars", ["# group_vars/prod.yml\nmysql_root_password: ", S(cpw().replace("#", "").replace(":", ""), "password"), "\nslack_token: \"", S(g.slack_bot(), "slack_bot_token"), "\"\n"])
    add("secret/toml", ["[tool.poetry.http-basic.private]\nusername = \"ci\"\npassword = \"", S(pw(), "password"), "\"\n"])
    add("secret/azure_pipelines", ["variables:\n  - name: AZURE_OPENAI_API_KEY\n    value: ", S(rs(32, HEX), "azure_openai_key"), "\n"])
    add("secret/jenkins", ["environment {\n    SONAR_TOKEN = '", S("sqp_" + rs(40, HEX), "sonarqube_token"), "'\n    NPM_TOKEN = '", S(npm(), "npm_token"), "'\n}\n"])
    add("secret/wp_config", ["define( 'DB_PASSWORD', '", S(cpw(), "password"), "' );\ndefine( 'SECURE_AUTH_KEY',  '", S(rs(64, ALNUM + "!@#$%^&*()-_[]{}<>~+=,.;:/?|"), "wordpress_salt"), "' );\n"])
    add("secret/powershell", ["$env:OPENAI_API_KEY = \"", S(g.openai_project(), "openai_project_key"), "\"\n$password = ConvertTo-SecureString '", S(pw(), "password"), "' -AsPlainText -Force\n"])
    add("secret/graphql_vars", ["{\"query\": \"mutation Login($u: String!, $p: String!) { login(user: $u, pass: $p) { token } }\", \"variables\": {\"u\": \"ops\", \"p\": \"", S(pw(), "password"), "\"}}\n"])

    # ================================================================ hard negatives
    negs = [
        "OPENAI_API_KEY=<YOUR_API_KEY>\n",
        "export OPENAI_API_KEY=sk-...\n",
        "ANTHROPIC_API_KEY=sk-ant-xxxxxxxxxxxxxxxxxxxxxxxx\n",
        "STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\n",
        "DB_PASSWORD=changeme\n",
        "      - run: npm publish\n        env:\n          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n",
        "    env:\n      OPENAI_API_KEY: ${{ secrets.OPENAI_API_KEY }}\n",
        "        - name: API_KEY\n          value: {{ .Values.apiKey | quote }}\n",
        "  password: {{ .Values.postgresql.auth.password }}\n",
        "api_key = os.environ[\"OPENAI_API_KEY\"]\n",
        "token = os.getenv(\"GITHUB_TOKEN\")\n",
        "const key = process.env.STRIPE_SECRET_KEY;\n",
        "aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n",
        "[pypi]\nusername = __token__\npassword = pypi-<your-token-here>\n",
        "//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n",
        "machine api.github.com login USERNAME password YOUR_PERSONAL_ACCESS_TOKEN\n",
        "https://USERNAME:TOKEN@github.com\n",
        "docker login -u $DOCKER_USER --password-stdin < ~/.docker-token\n",
        "spring.datasource.password=${SPRING_DATASOURCE_PASSWORD:}\n",
        "DB_PASSWORD=\"\"\n",
        "Authorization: Bearer <token>\n",
        "curl -H \"Authorization: Bearer $GITHUB_TOKEN\" https://api.github.com/user\n",
        "curl -u \"$STRIPE_KEY:\" https://api.stripe.com/v1/charges\n",
        "| Service | Key |\n|---|---|\n| SendGrid | `SG.xxxxx` (stored in Vault) |\n",
        "postgres://user:password@localhost:5432/dbname\n",
        "mongodb+srv://<username>:<password>@cluster0.example.mongodb.net/\n",
        "这是示例密钥：sk-xxxxxxxxxxxxxxxx，请替换成你自己的。\n",
        "Укажите свой токен в переменной GITHUB_TOKEN (не в коде).\n",
        "APIキーは環境変数 OPENAI_API_KEY に設定してください。\n",
        f"# fake key for unit tests, not a real credential\nFAKE_STRIPE_KEY = \"sk_test_fake_{rs(8, LOWALNUM)}\"\n",
        "def test_redacts():\n    assert redact(\"token=dummy-token-123\") == \"token=***\"\n",
        "password: \"********\"\n",
        "api_key: REDACTED\n",
        "            - name: GITHUB_TOKEN\n              valueFrom:\n                secretKeyRef:\n                  name: gh\n                  key: token\n",
        "  <add key=\"StripeSecretKey\" value=\"\" />\n",
        "    <password>${env.MAVEN_PASSWORD}</password>\n",
        "{\"name\": \"DB_PASSWORD\", \"valueFrom\": \"arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf\"}\n",
        "mysql_root_password: \"{{ vault_mysql_root_password }}\"\n",
        "define( 'AUTH_KEY', 'put your unique phrase here' );\n",
        # hashes, ids, public material
        f"\"node_modules/lodash\": {{\n  \"version\": \"4.17.21\",\n  \"integrity\": \"sha512-{rs(86, B64)}==\"\n}}\n",
        f"name = \"requests\"\nversion = \"2.32.3\"\nfiles = [\n    {{file = \"requests-2.32.3-py3-none-any.whl\", hash = \"sha256:{rs(64, HEX)}\"}},\n]\n",
        f"requests==2.32.3 \\\n    --hash=sha256:{rs(64, HEX)} \\\n    --hash=sha256:{rs(64, HEX)}\n",
        f"github.com/stretchr/testify v1.9.0 h1:{rs(43, B64)}=\n",
        [f"commit {rs(40, HEX)}\nAuthor: Dev <", PI("dev@example.com", "email"), ">\n"],
        f"      - uses: actions/checkout@{rs(40, HEX)} # v4.1.7\n",
        f"correlation_id={g.uuid4()} tenant={g.uuid4()}\n",
        f"{{\"event\": \"page_view\", \"token\": \"{rs(32, HEX)}\", \"distinct_id\": \"{g.uuid4()}\"}}\n",
        f"mixpanel.init(\"{rs(32, HEX)}\", {{track_pageview: true}});\n",
        f"Your verification code is {nd(6)}. It expires in 10 minutes.\n",
        f"csrf_token: \"{rs(40, ALNUM)}\"  # per-session form token rendered into the page\n",
        f"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{rs(43, B64)} ops@laptop\n",
        "-----BEGIN CERTIFICATE-----\nMIIC" + rs(60, B64) + "\n" + rs(64, B64) + "\n-----END CERTIFICATE-----\n",
        "data:\n  ca.crt: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t" + rs(80, B64) + "\n",
        f"<img src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA{rs(200, B64)}=\">\n",
        f"background: url(data:image/svg+xml;base64,PHN2ZyB4bWxucz0i{rs(120, B64)});\n",
        f"\"publishableKey\": \"pk_live_{rs(24, ALNUM)}\"\n",
        f"NEXT_PUBLIC_SUPABASE_URL=https://{rs(20, 'abcdefghijklmnopqrstuvwxyz')}.supabase.co\n",
        f"<meta name=\"google-site-verification\" content=\"{rs(43, B64URL)}\" />\n",
        f"ETag: \"{rs(32, HEX)}\"\n",
        f"x-request-id: {rs(26, UPALNUM)}\n",
        f"\"executionCount\": 3, \"id\": \"{rs(8, HEX)}-{rs(4, HEX)}\", \"metadata\": {{\"scrolled\": true}}\n",
        f"wheel sha256 {rs(64, HEX)}  dist/aiguard-0.1.0-cp310-abi3-linux_x86_64.whl\n",
        f"Docker image digest: sha256:{rs(64, HEX)}\n",
        "Rotate the GitHub token every 90 days; the old token stops working after rotation.\n",
        "Use the `--password-stdin` flag instead of `-p` so the password does not end up in shell history.\n",
        "The key must start with sk_live_ in production and sk_test_ in test mode.\n",
    ]
    for t in negs:
        add("negative/secret", t if isinstance(t, list) else [t])
    return out

"""Third, blind batch for tests/data/secrets_pii_own.jsonl (imported by
gen_own_secrets_pii.py after batch 2, with the generator module passed in as `g` so the
same seeded RNG and helpers are used; appended after batch 2, so earlier ids and values
are unchanged).

Secrets only: credentials in configuration files people paste (.pgpass, .git-credentials,
.netrc variants, Docker config.json, .npmrc / .yarnrc.yml, pip.conf and index URLs,
Kubernetes Secret `data:` / `stringData:`, Terraform .tfvars, Ansible inventories and
group_vars, JDBC URLs, SMTP URLs and mailer settings, Redis requirepass / masterauth /
ACL, LDAP bind passwords) and API keys of newer providers in the shapes their
documentation shows (OpenRouter, Cloudflare's 2026 prefixed tokens, ElevenLabs,
Deepgram, AssemblyAI, Together, Fireworks, DeepSeek, Pinecone, LangSmith, Fly.io,
Infisical, Asana, Grafana Cloud, Honeycomb, Snyk, SonarQube, CircleCI, Buildkite, ...),
plus hard negatives (placeholders, lockfile hashes, UUIDs and ids that are not secrets,
documented example values, git SHAs). Every body is random.
Shapes not confirmed in official documentation when this was written (Together tgp_v1_,
Fireworks fw_, the Honeycomb ingest key's exact length, ElevenLabs sk_ + 48 hex) are
in the batch as seen in use; no rule was written for Together or Fireworks prefixes, and
the Honeycomb rule takes a range of lengths.

First-sight figures, measured with corpus_check with the rules as they stood at be82e7d,
before any rule was changed for this batch:
    batch 3 alone (source prefix "b3/", 141 secret spans, 60 hard-negative records):
        secret: 111/141 found (recall 0.787), 2 false positives (a PostHog phc_ project
                key, public by design, under an API_KEY name; an Idempotency-Key UUID)
        pii:    5/5 (the labelled e-mails), 0 false positives
    whole own set (all three batches): secret 783/815 (0.961), 2 false positives;
        pii 516/516 (1.000), 0 false positives
    ../shared/corpus/dev.jsonl: secret 499/499, 0 false positives; pii 1178/1179, 0 FP
Misses at first sight: .pgpass lines (6), Redis requirepass / masterauth / ACL `>pw` /
--requirepass / sentinel auth-pass (5), LDAP bind passwords (ldapsearch -w, sssd
ldap_default_authtok, nslcd bindpw, slapd rootpw: 4), .npmrc `_auth` and .yarnrc
npmAuthIdent (2), RabbitMQ default_pass, wpa_supplicant psk, sqlcmd -P, a CodeArtifact
token as an index-URL password, a Gmail app password with spaces, a Postmark token as
MAIL_USERNAME, ElevenLabs sk_ keys (2), Honeycomb keys (2), Weaviate, Infisical st.,
Asana 1/ PAT.
The very first run also showed 3 PII false positives that were this generator's fault
(a GitLab project id and an AWS account id read as phone numbers, `bind 0.0.0.0` read as
an IPv4 address) and three unclosed quotes in curl/code wrappers; the text around them
was changed (the ids are still drawn, so no value changed) before the figures above.

Tuned figures, with the rules appended to rulesets/secrets.toml as of the commit that last
changed this paragraph (section "Third blind batch": pgpass-line, redis-conf-password,
redis-sentinel-auth-pass, redis-acl-user-password, ldap-cli-bind-password,
ldap-config-bind-password, npmrc-basic-auth, npmrc-password, yarnrc-npm-auth-ident,
codeartifact-index-token, wpa-supplicant-psk, rabbitmq-default-pass,
sqlcmd-password-flag, google-app-password, postmark-smtp-username, elevenlabs-api-key,
honeycomb-ingest-key, honeycomb-team-header, weaviate-api-key, infisical-service-token,
asana-pat, cloudflare-prefixed-token; and two allow entries: PostHog phc_ project keys
in generic-secret-assignment, UUIDv4 values in key-or-token-in-prose):
    batch 3 alone: secret 141/141 (1.000), 0 false positives; pii 5/5, 0 FP
    whole own set: secret 813/815 (0.998), 0 FP (the two misses of batch 1);
        pii 516/516, 0 FP
    ../shared/corpus/dev.jsonl: secret 499/499, 0 FP; pii 1178/1179, 0 FP (unchanged)
"""

from __future__ import annotations

import base64
import json


def records(g):  # noqa: C901 - one flat list of cases reads best
    R, rs, pick, nd, S, PI = g.R, g.rs, g.pick, g.nd, g.S, g.PI
    ALNUM, HEX, B64, B64URL, LOWALNUM, UPALNUM, LOWER, DIGITS = (
        g.ALNUM, g.HEX, g.B64, g.B64URL, g.LOWALNUM, g.UPALNUM, g.LOWER, g.DIGITS)
    out: list[tuple[str, list]] = []

    def add(src, segs):
        out.append(("b3/" + src, segs))

    def b64s(s: str) -> str:
        return base64.b64encode(s.encode()).decode()

    def pw() -> str:
        return g.password_value()

    def cpw() -> str:
        # passwords for URLs and colon-separated files: no '@', '/', ':'
        return g.db_password()

    hosts = ["pg-primary.prod.acme.io", "db01.internal.acme-corp.net", "orders-db.c9x2kq.eu-west-1.rds.amazonaws.com", "replica.db.acme.io"]
    users = ["app", "replicator", "etl", "svc_orders", "reporting", "postgres"]

    # ---------------------------------------------------------------- .pgpass
    for _ in range(3):
        h, u, p = pick(hosts), pick(users), cpw()
        add("secret/pgpass", ["# ~/.pgpass  (chmod 600)\n" + h + ":5432:" + pick(["orders", "billing", "*"]) + ":" + u + ":", S(p, "password"), "\n"])
    p1, p2 = cpw(), cpw()
    add("secret/pgpass", ["$ cat ~/.pgpass\nlocalhost:5432:*:postgres:", S(p1, "password"), "\n*:*:*:replicator:", S(p2, "password"), "\n"])
    add("secret/pgpass", ["echo \"" + pick(hosts) + ":6432:app:app:", S(cpw(), "password"), "\" > ~/.pgpass && chmod 0600 ~/.pgpass\n"])

    # ---------------------------------------------------------------- .git-credentials
    add("secret/git_credentials", ["$ cat ~/.git-credentials\nhttps://acme-bot:", S(g.github_token("ghp"), "github_token"), "@github.com\n"])
    add("secret/git_credentials", ["https://oauth2:", S("glpat-" + rs(20, B64URL), "gitlab_token"), "@gitlab.acme.io\nhttps://deploy:", S(cpw(), "password"), "@bitbucket.org\n"])
    add("secret/git_credentials", ["git config --global credential.helper store\n# wrote https://build:", S(rs(52, LOWALNUM), "azure_devops_pat"), "@dev.azure.com to ~/.git-credentials\n"])

    # ---------------------------------------------------------------- .netrc variants
    add("secret/netrc", ["default login anonymous password ", S(pw(), "password"), "\n"])
    add("secret/netrc", ["machine ftp.acme-corp.net\nlogin backup\naccount ops\npassword ", S(pw(), "password"), "\n"])
    add("secret/netrc", ["# ~/_netrc on the build agent\nmachine api.github.com login acme-ci password ", S(g.github_token("gho"), "github_token"), "\nmachine uploads.github.com login acme-ci password ", S(g.github_token("gho"), "github_token"), "\n"])
    add("secret/netrc", ["machine urs.earthdata.nasa.gov login jdoe42 password ", S(pw(), "password"), "\n"])

    # ---------------------------------------------------------------- Docker config.json
    add("secret/docker_config", ["$ cat ~/.docker/config.json\n{\n\t\"auths\": {\n\t\t\"https://index.docker.io/v1/\": {\n\t\t\t\"auth\": \"", S(b64s("acmeci:" + pw()), "docker_auth"), "\"\n\t\t}\n\t}\n}\n"])
    add("secret/docker_config", ["{\"auths\":{\"registry.gitlab.com\":{\"username\":\"gitlab-ci-token\",\"password\":\"", S("glpat-" + rs(20, B64URL), "gitlab_token"), "\",\"auth\":\"", S(b64s("gitlab-ci-token:" + rs(20, B64URL)), "docker_auth"), "\"}}}\n"])
    add("secret/docker_config", ["{\n  \"auths\": {\n    \"acmeprod.azurecr.io\": {\n      \"auth\": \"MDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAwOg==\",\n      \"identitytoken\": \"", S(g.jwt_token({"jti": g.uuid4(), "sub": "acr-refresh", "grant_type": "refresh_token", "iss": "Azure Container Registry"}, "RS256"), "jwt"), "\"\n    }\n  }\n}\n"])
    dcj = json.dumps({"auths": {"ghcr.io": {"username": "acme-bot", "password": g.github_token("ghp")}}}, separators=(",", ":"))
    add("secret/k8s_dockerconfigjson", ["apiVersion: v1\nkind: Secret\nmetadata:\n  name: ghcr-pull\ntype: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: ", S(b64s(dcj), "docker_auth"), "\n"])

    # ---------------------------------------------------------------- .npmrc / .yarnrc.yml
    add("secret/npmrc", ["registry=https://npm.acme.io/\n_auth=", S(b64s("ci-publisher:" + pw()), "npm_auth"), "\nalways-auth=true\n"])
    add("secret/npmrc", ["//npm.acme.io/repository/npm-private/:username=ci\n//npm.acme.io/repository/npm-private/:_password=", S(b64s(pw()), "npm_auth"), "\n//npm.acme.io/repository/npm-private/:email=", PI("ci@acme.io", "email"), "\n"])
    add("secret/npmrc", ["@acme:registry=https://acme.jfrog.io/artifactory/api/npm/npm-local/\n//acme.jfrog.io/artifactory/api/npm/npm-local/:_authToken=", S("cmVmdGtuOjAxOjE3" + rs(48, ALNUM), "artifactory_token"), "\n"])
    add("secret/yarnrc", ["# .yarnrc.yml\nnpmRegistryServer: \"https://registry.yarnpkg.com\"\nnpmAuthToken: \"", S("npm_" + rs(36), "npm_token"), "\"\n"])
    add("secret/yarnrc", ["npmScopes:\n  acme:\n    npmRegistryServer: \"https://npm.acme.io\"\n    npmAuthIdent: \"", S("deploy:" + pw(), "npm_auth"), "\"\n"])

    # ---------------------------------------------------------------- pip.conf and index URLs
    add("secret/pip_conf", ["# /etc/pip.conf\n[global]\nindex-url = https://pypi-ro:", S(cpw(), "password"), "@pypi.acme.io/simple\ntimeout = 60\n"])
    add("secret/pip_conf", ["[global]\nextra-index-url = https://__token__:", S("glpat-" + rs(20, B64URL), "gitlab_token"), "@gitlab.com/api/v4/projects/" + ("acme%2Ftools", nd(8))[0] + "/packages/pypi/simple\n"])
    add("secret/pip_conf", ["PIP_EXTRA_INDEX_URL=https://aws:", S("eyJ2ZXIiOjEsImlzdSI6" + rs(300, B64URL), "api_key"), "@acme-" + ("prod", nd(12))[0] + ".d.codeartifact.eu-west-1.amazonaws.com/pypi/internal/simple/\n"])
    add("secret/pip_conf", ["UV_INDEX_INTERNAL_USERNAME=ci\nUV_INDEX_INTERNAL_PASSWORD=", S(pw(), "password"), "\n"])
    add("secret/pip_conf", ["export POETRY_HTTP_BASIC_ACME_USERNAME=ci\nexport POETRY_HTTP_BASIC_ACME_PASSWORD=", S(cpw(), "password"), "\n"])

    # ---------------------------------------------------------------- Kubernetes Secrets
    add("secret/k8s_stringdata", ["apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-env\ntype: Opaque\nstringData:\n  DB_USER: app\n  DB_PASSWORD: ", S(pw(), "password"), "\n  STRIPE_KEY: ", S("sk_live_" + rs(24), "stripe_key"), "\n"])
    add("secret/k8s_data", ["apiVersion: v1\nkind: Secret\nmetadata:\n  name: aws-creds\ndata:\n  AWS_ACCESS_KEY_ID: ", S(b64s("AKIA" + rs(16, g.BASE32)), "aws_access_key_id"), "\n  AWS_SECRET_ACCESS_KEY: ", S(b64s(g.aws_secret()), "aws_secret_access_key"), "\n"])
    add("secret/k8s_data", ["kind: Secret\napiVersion: v1\nmetadata:\n  name: api-tls\ntype: kubernetes.io/tls\ndata:\n  tls.crt: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t" + rs(80, B64) + "\n  tls.key: ", S(b64s(g.private_key("ec")), "private_key"), "\n"])
    add("secret/k8s_data", ["data:\n  api-key: ", S(b64s(rs(40, ALNUM)), "api_key"), "\n  redis-password: ", S(b64s(pw()), "password"), "\n"])
    add("secret/kubectl", ["kubectl create secret generic db-creds --from-literal=username=app --from-literal=password=", S(cpw(), "password"), " -n prod\n"])

    # ---------------------------------------------------------------- Terraform
    add("secret/tfvars", ["# prod.auto.tfvars\nproject       = \"acme-prod\"\ndb_password   = \"", S(pw(), "password"), "\"\ngrafana_auth  = \"", S("glsa_" + rs(32) + "_" + rs(8, HEX), "grafana_token"), "\"\n"])
    add("secret/tfvars", ["cloudflare_api_token = \"", S(rs(40, B64URL), "cloudflare_api_token"), "\"\nzone_id = \"" + rs(32, HEX) + "\"\n"])
    add("secret/tfvars", ["export TF_VAR_db_admin_password='", S(pw().replace("'", ""), "password"), "'\nterraform apply\n"])
    add("secret/tfrc", ["{\n  \"credentials\": {\n    \"app.terraform.io\": {\n      \"token\": \"", S(rs(14) + ".atlasv1." + rs(67, B64URL), "terraform_cloud_token"), "\"\n    }\n  }\n}\n"])

    # ---------------------------------------------------------------- Ansible
    a1, a2 = pw(), pw()
    add("secret/ansible_inventory", ["[web]\nweb1.acme.io ansible_user=deploy ansible_password=", S(a1.replace(" ", ""), "password"), " ansible_become_pass=", S(a2.replace(" ", ""), "password"), "\n"])
    add("secret/ansible_vars", ["# group_vars/windows.yml\nansible_user: Administrator\nansible_password: \"", S(pw(), "password"), "\"\nansible_connection: winrm\n"])
    add("secret/ansible_vars", ["---\nansible_ssh_pass: ", S(pw(), "password"), "\nmysql_root_password: \"", S(pw(), "password"), "\"\n"])
    add("secret/ansible_cli", ["ansible-playbook -i prod site.yml -e \"ansible_become_password=", S(cpw(), "password"), "\"\n"])

    # ---------------------------------------------------------------- JDBC
    add("secret/jdbc", ["jdbc:sqlserver://sql01.acme.io:1433;databaseName=erp;user=sa;password=", S(cpw().replace(";", ""), "password"), ";trustServerCertificate=true\n"])
    add("secret/jdbc", ["url: jdbc:snowflake://acme-xy12345.snowflakecomputing.com/?user=LOADER&password=", S(cpw().replace("&", ""), "password"), "&warehouse=ETL_WH\n"])
    add("secret/jdbc", ["jdbc:db2://db2.acme.io:50000/SAMPLE:user=db2inst1;password=", S(cpw().replace(";", ""), "password"), ";\n"])
    add("secret/jdbc", ["<Resource name=\"jdbc/app\" url=\"jdbc:mariadb://" + pick(hosts) + ":3306/app\" username=\"app\" password=\"", S(pw().replace("\"", ""), "password"), "\"/>\n"])

    # ---------------------------------------------------------------- SMTP
    add("secret/smtp", ["EMAIL_URL=smtp://postmaster%40mg.acme.io:", S(cpw(), "password"), "@smtp.mailgun.org:587\n"])
    add("secret/smtp", ["MAILER_DSN=smtps://apikey:", S("SG." + rs(22, B64URL) + "." + rs(43, B64URL), "sendgrid_api_key"), "@smtp.sendgrid.net:465\n"])
    add("secret/smtp", ["# settings.py\nEMAIL_HOST = \"smtp.office365.com\"\nEMAIL_HOST_USER = \"", PI("noreply@acme.io", "email"), "\"\nEMAIL_HOST_PASSWORD = \"", S(pw(), "password"), "\"\n"])
    add("secret/smtp", ["config.action_mailer.smtp_settings = {\n  address: \"smtp.gmail.com\",\n  user_name: \"", PI("alerts@acme.io", "email"), "\",\n  password: \"", S(" ".join(rs(4, LOWER) for _ in range(4)), "password"), "\"\n}\n"])
    add("secret/smtp", ["# /etc/postfix/sasl_passwd\n[smtp.sendgrid.net]:587 apikey:", S("SG." + rs(22, B64URL) + "." + rs(43, B64URL), "sendgrid_api_key"), "\n"])
    add("secret/smtp", ["MAIL_MAILER=smtp\nMAIL_HOST=smtp.postmarkapp.com\nMAIL_USERNAME=", S(g.uuid4(), "postmark_token"), "\nMAIL_PASSWORD=", S(cpw(), "password"), "\n"])

    # ---------------------------------------------------------------- Redis
    add("secret/redis", ["# redis.conf\nbind * -::*\nport 6379\nrequirepass ", S(rs(32, ALNUM), "password"), "\nmaxmemory 2gb\n"])
    add("secret/redis", ["replicaof redis-0.redis 6379\nmasterauth ", S(cpw(), "password"), "\n"])
    add("secret/redis", ["# users.acl\nuser app on >", S(cpw(), "password"), " ~cache:* +@read +@write\n"])
    add("secret/redis", ["  redis:\n    image: redis:7\n    command: redis-server --requirepass ", S(cpw(), "password"), " --appendonly yes\n"])
    add("secret/redis", ["sentinel monitor mymaster redis-0 6379 2\nsentinel auth-pass mymaster ", S(cpw(), "password"), "\n"])

    # ---------------------------------------------------------------- LDAP
    add("secret/ldap", ["ldapsearch -x -H ldaps://ldap.acme.io -D \"cn=admin,dc=acme,dc=io\" -w ", S(cpw().replace("$", ""), "password"), " -b \"ou=people,dc=acme,dc=io\" uid=jdoe\n"])
    add("secret/ldap", ["[domain/acme.io]\nid_provider = ldap\nldap_default_bind_dn = cn=sssd,ou=svc,dc=acme,dc=io\nldap_default_authtok_type = password\nldap_default_authtok = ", S(pw(), "password"), "\n"])
    add("secret/ldap", ["# /etc/nslcd.conf\nuri ldaps://ldap.acme.io\nbinddn cn=nslcd,ou=svc,dc=acme,dc=io\nbindpw ", S(pw(), "password"), "\n"])
    add("secret/ldap", ["spring.ldap.urls=ldaps://ldap.acme.io:636\nspring.ldap.username=cn=app,ou=svc,dc=acme,dc=io\nspring.ldap.password=", S(pw(), "password"), "\n"])
    add("secret/ldap", ["gitlab_rails['ldap_servers'] = {\n  'main' => {\n    'bind_dn' => 'cn=gitlab,ou=svc,dc=acme,dc=io',\n    'password' => '", S(pw().replace("'", ""), "password"), "'\n  }\n}\n"])
    add("secret/ldap", ["LDAP_BIND_DN=cn=grafana,ou=svc,dc=acme,dc=io\nLDAP_BIND_PASSWORD=", S(pw(), "password"), "\n"])
    add("secret/ldap", ["# slapd.conf\nrootdn \"cn=Manager,dc=acme,dc=io\"\nrootpw ", S(pw(), "password"), "\n"])

    # ---------------------------------------------------------------- other service configs
    add("secret/rabbitmq", ["# rabbitmq.conf\ndefault_user = admin\ndefault_pass = ", S(pw(), "password"), "\n"])
    add("secret/wpa", ["network={\n    ssid=\"acme-office\"\n    psk=\"", S(pw().replace("\"", ""), "password"), "\"\n}\n"])
    add("secret/composer", ["{\n  \"http-basic\": {\n    \"repo.acme.io\": {\n      \"username\": \"ci\",\n      \"password\": \"", S(pw().replace("\"", ""), "password"), "\"\n    }\n  }\n}\n"])
    add("secret/cargo", ["# ~/.cargo/credentials.toml\n[registry]\ntoken = \"", S("cio" + rs(32), "crates_io_token"), "\"\n"])
    add("secret/nuget", ["<packageSourceCredentials>\n  <acme>\n    <add key=\"Username\" value=\"ci\" />\n    <add key=\"ClearTextPassword\" value=\"", S(pw().replace("\"", ""), "password"), "\" />\n  </acme>\n</packageSourceCredentials>\n"])
    add("secret/gradle", ["# ~/.gradle/gradle.properties\nartifactoryUser=ci\nartifactoryPassword=", S(pw(), "password"), "\norg.gradle.jvmargs=-Xmx2g\n"])
    add("secret/helm", ["helm repo add acme https://charts.acme.io --username ci --password ", S(cpw(), "password"), "\n"])
    add("secret/sqlcmd", ["sqlcmd -S sql01.acme.io -U sa -P ", S(cpw(), "password"), " -Q \"SELECT @@VERSION\"\n"])
    add("secret/compose", ["services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: ", S(pw(), "password"), "\n  kc:\n    environment:\n      KEYCLOAK_ADMIN_PASSWORD: ", S(pw(), "password"), "\n"])

    # ---------------------------------------------------------------- newer providers
    for _ in range(2):
        pre, post = pick([("OPENROUTER_API_KEY=", "\n"), ("client = OpenAI(base_url=\"https://openrouter.ai/api/v1\", api_key=\"", "\")\n")])
        add("secret/openrouter", [pre, S("sk-or-v1-" + rs(64, HEX), "openrouter_api_key"), post])
    add("secret/openrouter", ["my openrouter key is ", S("sk-or-v1-" + rs(64, HEX), "openrouter_api_key"), ", it has a $5 limit"])
    for pre in ["cfut_", "cfat_", "cfk_"]:
        v = pre + rs(40) + g.base62(R.getrandbits(32), 6)
        pre, post = pick([("CLOUDFLARE_API_TOKEN=", "\n"), ("curl https://api.cloudflare.com/client/v4/user/tokens/verify -H \"Authorization: Bearer ", "\"\n"), ("wrangler secret: ", "\n")])
        add("secret/cloudflare", [pre, S(v, "cloudflare_api_token"), post])
    add("secret/cloudflare", ["curl -X GET \"https://api.cloudflare.com/client/v4/zones\" -H \"X-Auth-Email: ", PI("ops@acme.io", "email"), "\" -H \"X-Auth-Key: ", S(rs(37, HEX), "cloudflare_global_api_key"), "\"\n"])
    for _ in range(2):
        pre, post = pick([("ELEVENLABS_API_KEY=", "\n"), ("curl https://api.elevenlabs.io/v1/voices -H \"xi-api-key: ", "\"\n")])
        add("secret/elevenlabs", [pre, S("sk_" + rs(48, HEX), "elevenlabs_api_key"), post])
    add("secret/deepgram", ["curl https://api.deepgram.com/v1/listen -H \"Authorization: Token ", S(rs(40, HEX), "deepgram_api_key"), "\" --data-binary @call.wav\n"])
    add("secret/deepgram", ["DEEPGRAM_API_KEY=", S(rs(40, HEX), "deepgram_api_key"), "\n"])
    add("secret/assemblyai", ["aai.settings.api_key = \"", S(rs(32, HEX), "assemblyai_api_key"), "\"\n"])
    add("secret/assemblyai", ["ASSEMBLYAI_API_KEY=", S(rs(32, HEX), "assemblyai_api_key"), "\n"])
    add("secret/together", ["TOGETHER_API_KEY=", S("tgp_v1_" + rs(43, B64URL), "together_api_key"), "\n"])
    add("secret/together", ["client = Together(api_key=\"", S(rs(64, HEX), "together_api_key"), "\")\n"])
    add("secret/fireworks", ["FIREWORKS_API_KEY=", S("fw_" + rs(24), "fireworks_api_key"), "\n"])
    add("secret/fireworks", ["fireworks.client.api_key = \"", S(rs(48), "fireworks_api_key"), "\"\n"])
    add("secret/deepseek", ["client = OpenAI(api_key=\"", S("sk-" + rs(32, HEX), "deepseek_api_key"), "\", base_url=\"https://api.deepseek.com\")\n"])
    add("secret/deepseek", ["DEEPSEEK_API_KEY=", S("sk-" + rs(32, HEX), "deepseek_api_key"), "\n"])
    add("secret/mistral", ["client = Mistral(api_key=\"", S(rs(32), "mistral_api_key"), "\")\n"])
    add("secret/cohere", ["co = cohere.ClientV2(\"", S(rs(40), "cohere_api_key"), "\")\n"])
    add("secret/pinecone", ["pc = Pinecone(api_key=\"", S("pcsk_" + rs(5, LOWALNUM) + "_" + rs(63, ALNUM), "pinecone_api_key"), "\")\n"])
    add("secret/pinecone", ["PINECONE_API_KEY=", S("pcsk_" + rs(6, LOWALNUM) + "_" + rs(63, ALNUM), "pinecone_api_key"), "\n"])
    add("secret/langsmith", ["LANGSMITH_API_KEY=", S("lsv2_pt_" + rs(32, HEX) + "_" + rs(10, HEX), "langsmith_api_key"), "\nLANGSMITH_TRACING=true\n"])
    add("secret/langsmith", ["os.environ[\"LANGCHAIN_API_KEY\"] = \"", S("lsv2_sk_" + rs(32, HEX) + "_" + rs(10, HEX), "langsmith_api_key"), "\"\n"])
    add("secret/weaviate", ["client = weaviate.connect_to_weaviate_cloud(cluster_url=url, auth_credentials=Auth.api_key(\"", S(rs(48, ALNUM), "weaviate_api_key"), "\"))\n"])
    add("secret/groq", ["curl https://api.groq.com/openai/v1/models -H \"Authorization: Bearer ", S("gsk_" + rs(52), "groq_api_key"), "\"\n"])
    add("secret/xai", ["XAI_API_KEY=", S("xai-" + rs(80), "xai_api_key"), "\n"])
    add("secret/replicate", ["export REPLICATE_API_TOKEN=", S("r8_" + rs(37), "replicate_api_token"), "\n"])
    add("secret/huggingface", ["$ huggingface-cli login --token ", S("hf_" + rs(34), "huggingface_token"), "\n"])
    add("secret/resend", ["resend.api_key = \"", S("re_" + rs(8) + "_" + rs(24), "resend_api_key"), "\"\n"])
    add("secret/supabase", ["SUPABASE_SERVICE_KEY=", S("sb_secret_" + rs(31, B64URL), "supabase_token"), "\n"])
    add("secret/netlify", ["netlify deploy --prod --auth ", S("nfp_" + rs(36) + rs(4, HEX), "netlify_token"), "\n"])
    fly = "fm2_" + rs(120, B64) + "==,fm2_" + rs(200, B64) + "="
    add("secret/flyio", ["FLY_API_TOKEN=\"FlyV1 ", S(fly, "flyio_token"), "\"\n"])
    add("secret/flyio", ["fly tokens create deploy\n", S("FlyV1 fm2_" + rs(260, B64), "flyio_token"), "\n"])
    add("secret/infisical", ["INFISICAL_TOKEN=", S("st." + rs(24, HEX) + "." + rs(32, HEX) + "." + rs(32, HEX), "infisical_token"), "\n"])
    add("secret/onepassword", ["export OP_SERVICE_ACCOUNT_TOKEN=", S("ops_eyJzaWduSW5BZGRyZXNzIjoi" + rs(300, B64URL), "onepassword_service_account_token"), "\n"])
    add("secret/linear", ["Authorization: Bearer ", S("lin_oauth_" + rs(64, HEX), "linear_token"), "\n"])
    add("secret/asana", ["ASANA_ACCESS_TOKEN=", S("2/" + nd(16) + "/" + nd(16) + ":" + rs(32, HEX), "asana_token"), "\n"])
    add("secret/asana", ["curl https://app.asana.com/api/1.0/users/me -H \"Authorization: Bearer ", S("1/" + nd(16) + ":" + rs(32, HEX), "asana_token"), "\"\n"])
    glc = "glc_" + base64.b64encode(json.dumps({"o": nd(6), "n": "stack-" + nd(6) + "-hm-read-ci", "k": rs(24), "m": {"r": "prod-eu-west-2"}}, separators=(",", ":")).encode()).decode()
    add("secret/grafana_cloud", ["GRAFANA_CLOUD_API_KEY=", S(glc, "grafana_token"), "\n"])
    add("secret/honeycomb", ["HONEYCOMB_API_KEY=", S(pick(["hcaik_", "hcxik_"]) + "01" + rs(26, "0123456789abcdefghjkmnpqrstvwxyz") + rs(32, LOWALNUM), "honeycomb_api_key"), "\n"])
    add("secret/honeycomb", ["exporters:\n  otlp:\n    endpoint: api.honeycomb.io:443\n    headers:\n      x-honeycomb-team: ", S(rs(22, ALNUM), "honeycomb_api_key"), "\n"])
    add("secret/snyk", ["SNYK_TOKEN=", S(g.uuid4(), "snyk_token"), "\n"])
    add("secret/sonar", ["mvn sonar:sonar -Dsonar.host.url=https://sonar.acme.io -Dsonar.token=", S("squ_" + rs(40, HEX), "sonarqube_token"), "\n"])
    add("secret/sonar", ["SONAR_TOKEN=", S("sqp_" + rs(40, HEX), "sonarqube_token"), "\n"])
    add("secret/circleci", ["CIRCLE_TOKEN=", S("CCIPRJ_" + rs(22, ALNUM) + "_" + rs(40, HEX), "circleci_token"), "\n"])
    add("secret/buildkite", ["BUILDKITE_API_TOKEN=", S("bkua_" + rs(40, HEX), "buildkite_token"), "\n"])
    add("secret/buildkite", ["# buildkite-agent.cfg\ntoken=\"", S(rs(50, LOWALNUM), "buildkite_agent_token"), "\"\nname=\"%hostname-%spawn\"\n"])
    add("secret/pulumi", ["pulumi login --cloud-url https://api.pulumi.com\n# PULUMI_ACCESS_TOKEN=", S("pul-" + rs(40, HEX), "pulumi_token"), "\n"])
    add("secret/posthog", ["posthog.personal_api_key = \"", S("phx_" + rs(43), "posthog_personal_key"), "\"\n"])
    add("secret/sentry", ["sentry-cli --auth-token ", S("sntryu_" + rs(64, HEX), "sentry_token"), " releases new v1.4.2\n"])
    add("secret/newrelic", ["newrelic:\n  license_key: ", S(rs(36, HEX) + "NRAL", "newrelic_license_key"), "\n"])
    add("secret/vercel", ["vercel deploy --prod --token ", S(rs(24, ALNUM), "vercel_token"), "\n"])
    add("secret/neon", ["curl 'https://console.neon.tech/api/v2/projects' -H 'Authorization: Bearer ", S("napi_" + rs(64, LOWALNUM), "neon_api_key"), "'\n"])
    add("secret/doppler", ["doppler run --token ", S("dp.st.dev." + rs(43), "doppler_token"), " -- npm start\n"])
    add("secret/notion", ["const notion = new Client({ auth: \"", S("ntn_" + nd(11) + rs(35), "notion_token"), "\" });\n"])
    add("secret/airtable", ["const base = new Airtable({apiKey: '", S("pat" + rs(14) + "." + rs(64, HEX), "airtable_token"), "'}).base('app" + rs(14) + "');\n"])
    add("secret/atlassian", ["curl -u ", PI("jdoe@acme.io", "email"), ":", S("ATATT3xFfGF0" + rs(170, B64URL) + "=" + rs(8, HEX).upper(), "atlassian_api_token"), " https://acme.atlassian.net/rest/api/3/myself\n"])

    # ---------------------------------------------------------------- hard negatives
    negs = [
        # placeholders and references
        "OPENROUTER_API_KEY=sk-or-v1-...\n",
        "OPENROUTER_API_KEY=sk-or-v1-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n",
        "CLOUDFLARE_API_TOKEN=<your-cloudflare-api-token>\nCLOUDFLARE_ACCOUNT_ID=<account-id>\n",
        "export ELEVENLABS_API_KEY=\"your-elevenlabs-api-key\"\n",
        "curl https://api.deepgram.com/v1/listen -H \"Authorization: Token $DEEPGRAM_API_KEY\"\n",
        "curl https://api.elevenlabs.io/v1/models -H \"xi-api-key: ${ELEVENLABS_API_KEY}\"\n",
        "# hostname:port:database:username:password\n",
        "machine github.com login acme-bot password ${GITHUB_TOKEN}\n",
        "//registry.npmjs.org/:_authToken=${NPM_TOKEN}\nalways-auth=true\n",
        "{\n  \"auths\": {\n    \"ghcr.io\": {},\n    \"https://index.docker.io/v1/\": {}\n  },\n  \"credsStore\": \"desktop\"\n}\n",
        "[global]\nindex-url = https://pypi.org/simple\nextra-index-url = https://${PIP_USER}:${PIP_PASSWORD}@pypi.acme.io/simple\n",
        "stringData:\n  password: <base64-encoded-password>\n",
        "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db-creds\n        key: password\n",
        "db_password = var.db_password\napi_token   = data.vault_generic_secret.cf.data[\"token\"]\n",
        "ansible_password: \"{{ vault_ansible_password }}\"\nansible_become_pass: \"{{ lookup('env', 'BECOME_PASS') }}\"\n",
        "spring.datasource.url=jdbc:postgresql://localhost:5432/app?user=app&password=${DB_PASSWORD}\n",
        "EMAIL_URL=smtp://localhost:1025\nEMAIL_HOST_PASSWORD = os.environ[\"EMAIL_HOST_PASSWORD\"]\n",
        "# requirepass foobared\n# masterauth <master-password>\n",
        "ldapsearch -x -H ldaps://ldap.acme.io -D \"cn=admin,dc=acme,dc=io\" -W -b \"dc=acme,dc=io\"\n",
        "LDAP_BIND_PASSWORD=\nLDAP_BIND_DN=cn=readonly,dc=acme,dc=io\n",
        "PINECONE_API_KEY=pcsk_****" + rs(4, LOWALNUM) + "  (shown masked in the console)\n",
        "SNYK_TOKEN=${{ secrets.SNYK_TOKEN }}\nSONAR_TOKEN=${{ secrets.SONAR_TOKEN }}\n",
        "fly secrets set DATABASE_URL=$DATABASE_URL\nFLY_API_TOKEN=$(fly tokens create deploy)\n",
        "password: \"********\"\nrequirepass: \"[REDACTED]\"\n",
        "docker login ghcr.io -u acme-bot --password-stdin < token.txt\n",
        "helm repo add acme https://charts.acme.io --username ci --password-stdin\n",
        "wpa_passphrase acme-office < passphrase.txt >> /etc/wpa_supplicant.conf\n",
        # lockfile hashes and checksums
        f"  resolution: {{integrity: sha512-{rs(86, B64)}==}}\n",
        f"\"node_modules/zod\": {{\n  \"version\": \"3.23.8\",\n  \"integrity\": \"sha512-{rs(86, B64)}==\"\n}}\n",
        f"[[package]]\nname = \"serde\"\nversion = \"1.0.210\"\nchecksum = \"{rs(64, HEX)}\"\n",
        f"\"packages\": [{{\"name\": \"monolog/monolog\", \"source\": {{\"reference\": \"{g.git_sha()}\"}}, \"dist\": {{\"shasum\": \"\"}}}}]\n",
        f"\"nixpkgs\": {{\n  \"locked\": {{\n    \"narHash\": \"sha256-{rs(43, B64)}=\",\n    \"rev\": \"{g.git_sha()}\"\n  }}\n}}\n",
        f"\"default\": {{\"requests\": {{\"hashes\": [\"sha256:{rs(64, HEX)}\"], \"version\": \"==2.32.3\"}}}}\n",
        f"golang.org/x/crypto v0.28.0 h1:{rs(43, B64)}=\n",
        f"{rs(64, HEX)}  terraform_1.9.5_linux_amd64.zip\n",
        f"  \"registry.terraform.io/hashicorp/aws\" = {{\n    version = \"5.70.0\"\n    hashes = [\n      \"h1:{rs(43, B64)}=\",\n      \"zh:{rs(64, HEX)}\",\n    ]\n  }}\n",
        # UUIDs and ids that are not secrets
        f"subscription_id = \"{g.uuid4()}\"\ntenant_id       = \"{g.uuid4()}\"\n",
        f"CLOUDFLARE_ACCOUNT_ID={rs(32, HEX)}\nCLOUDFLARE_ZONE_ID={rs(32, HEX)}\n",
        f"SNYK_ORG_ID={g.uuid4()}\n",
        f"Deepgram request_id: {g.uuid4()}, model: nova-2\n",
        f"AssemblyAI transcript id: {g.uuid4()} status=completed\n",
        f"https://app.asana.com/0/{nd(16)}/{nd(16)}\n",
        f"\"resources\": [{{\"type\": \"aws_instance\", \"instances\": [{{\"attributes\": {{\"id\": \"i-{rs(17, HEX)}\", \"arn\": \"arn:aws:ec2:eu-west-1:{nd(12)}:instance/i-{rs(17, HEX)}\"}}}}]}}]\n",
        f"Pinecone index host: https://docs-{rs(7, LOWALNUM)}.svc.aped-4627-b74a.pinecone.io\n",
        f"LANGSMITH_PROJECT=acme-rag\nrun_id={g.uuid4()}\n",
        f"honeycomb dataset: api-prod, trace.trace_id={rs(32, HEX)}\n",
        f"POSTHOG_PROJECT_API_KEY=phc_{rs(43)}\n",
        f"NEXT_PUBLIC_SENTRY_DSN=https://{rs(32, HEX)}@o{nd(6)}.ingest.us.sentry.io/{nd(16)}\n",
        # git SHAs
        f"      - uses: actions/checkout@{g.git_sha()} # v4.2.2\n",
        f"pip install git+https://github.com/acme/lib.git@{g.git_sha()}\n",
        f"Merge pull request #{nd(4)} from acme/fix-auth\ncommit {g.git_sha()}\n",
        f"\"rev\": \"{g.git_sha()}\",\n\"sha256\": \"{rs(52, '0123456789abcdfghijklmnpqrsvwxyz')}\"\n",
        # documented examples, marked as such
        "# Example from the docs (not a real token):\n# Authorization: Bearer <YOUR_API_TOKEN>\n",
        "For example, a .pgpass entry looks like: localhost:5432:mydb:myuser:<password>\n",
        "jdbc:sqlserver://localhost:1433;databaseName=AdventureWorks;user=MyUserName;password=<password>;\n",
        "Set `requirepass` in redis.conf to a long random value and restart the server.\n",
        "requirepass \"\"\n",
        "XAI_API_KEY=xai-YOUR_KEY_HERE\nGROQ_API_KEY=gsk_your_groq_key\n",
        "//npm.acme.io/repository/npm-private/:_password=${NPM_PASSWORD_B64}\n",
        f"Idempotency-Key: {g.uuid4()}\nX-Correlation-Id: {g.uuid4()}\n",
    ]
    for t in negs:
        add("negative/secret", [t])
    return out

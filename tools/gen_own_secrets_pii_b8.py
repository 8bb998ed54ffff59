"""Eighth, blind batch for tests/data/secrets_pii_own.jsonl (imported by
gen_own_secrets_pii.py after batch 7, with the generator module passed in as `g` so the
same seeded RNG and helpers are used; appended after batch 7, so earlier ids and values
are unchanged).

Secrets only, written before rulesets/secrets.toml was read. The batch is about where
real credentials sit and how they are wrapped rather than about new providers:
credential files and configs (~/.aws/credentials and config profiles, .npmrc _authToken /
_auth / _password, .pypirc, .netrc, ~/.docker/config.json auths, kubeconfig
client-key-data and token, .git-credentials, Maven settings.xml, NuGet.config
ClearTextPassword, gradle.properties, Terraform .tfvars, Ansible vars, Helm values,
GitHub Actions and GitLab CI YAML, docker-compose environment, systemd Environment=,
Spring application.properties / .yml, Rails database.yml and secret_key_base,
wp-config.php define(), appsettings.json connection strings), connection strings and
URIs (JDBC, ODBC, ADO.NET, SQLAlchemy, Prisma, mongodb+srv, Redis, AMQP, Kafka SASL JAAS,
LDAP bind), Kubernetes Secret manifests (base64 data: values and stringData:), private
keys in escaped JSON and in YAML block scalars, secrets split over lines or string
concatenations, URL-encoded and quoted-printable secrets, HTTP requests (Authorization
Basic / Bearer / Token / ApiKey, query strings, cookies), curl / httpie / wget and other
command lines, stack traces and log lines that print a config, and chat messages in
several languages. Provider formats, where one is involved, are random bodies in the
provider's shape (npm_, ghp_, glpat-, dckr_pat_, pypi-, GOCSPX-, Azure AD client secret,
Stripe, SendGrid, Slack, Twilio, Datadog, Cloudflare, Kubernetes service-account JWTs).
Hard negatives: placeholders, environment and template references (${DB_PASSWORD},
%(password)s, {{ .Values.password }}, <%= ENV[...] %>, secretKeyRef), Ansible Vault
ciphertext, password hashes (bcrypt, pbkdf2, argon2, {SSHA}), digests and SRI
integrity values, public keys and certificates (also as base64 in kubeconfig and Secret
manifests), documented example values, UUIDs, git SHAs, base64 of non-secret config.

First-sight figures, measured with a small aiguard.scan span-overlap script (same rule
as score.py: a labelled secret span is found if a secret finding overlaps it; a secret
finding on a negative record is a false positive) with the rules as they stood at
0d4edaa, before any rule was changed for this batch:
    batch 8 alone (source prefix "b8/", 191 secret spans in 150 records, 50 hard-negative
    records): secret 169/191 found (recall 0.885), 3 false positives on the negatives, no
    secret finding outside a label in the positive records.
    Missed (22), by wrapper:
      chat in other languages (11 of 15 chat passwords): Spanish "La contraseña ... es",
        French "Le mot de passe ... c'est", Portuguese "A senha ... é", Italian "La
        password del database è", Dutch "Het wachtwoord ... is", Polish "Hasło do bazy:",
        Russian "Пароль от прод базы:", Japanese "パスワードは ... です", Korean "비밀번호는
        ... 입니다", Turkish "şifresi:", Swedish "Lösenordet ... är" (English, German and
        Chinese were found);
      passphrase-shaped passwords (words joined by '-' plus digits) after a key name:
        GitLab CI `POSTGRES_PASSWORD:`, Spring YAML `rabbitmq: password:`, `PGPASSWORD='...'`
        on a psql command line (and the Russian, Japanese, Turkish chats above);
      cookies (3 of 3): `Cookie: session=<Flask signed cookie>`, `Set-Cookie: sessionid=`,
        `cookie: _portal_session=<Rails cookie>` (the remember_token beside the first was found);
      string concatenations (2 of 6): JS "ghp_" + "..." + "...", Python ''.join(["SG.", ...]);
      a query string `?appid=<32 hex>`; httpie `http -a user:password`; a password printed on
        its own line after `kubectl get secret ... | base64 -d`.
    False positives (3 of 50): the ADO.NET documentation placeholder
    `Password=myPassword;` (ado-connection-string), `Authorization: Basic` of the
    documented "username:password" (basic-auth-header), and "the password policy?" in a
    question (password-in-prose).
    PII side: two findings outside a label in the positive records, left to the PII rules:
    the email rule reads a whole `postgres://app:<pw with %40>@host/db` URI as an address,
    and `deploy@bastion.acme.io` on an ssh command line.
    whole own set (eight batches) at first sight: secret 1668/1695 (0.984), 4 FP;
    pii 753/758, 3 findings outside a label.

Second round (records_r2, source prefix "b8r2/": 67 secret spans in 60 records, 12
hard-negative records), the same wrappers in shapes the first round did not draw, written
after the first draft of rules for the batch (commit d9e04c9) and measured against it,
so a fairer held-out estimate than the tuned figure:
    secret 48/67 found (recall 0.716), 2 false-positive findings on 1 of the 12 negatives.
    Missed (19): chats in Czech ("Heslo k databázi je"), Hungarian ("A jelszó a
      szerverhez:"), Indonesian ("Kata sandi ... adalah"), Vietnamese ("Mật khẩu ... là"),
      Ukrainian ("Пароль до бази:", a value that begins with '#'), Greek ("Ο κωδικός ...
      είναι"), English "creds for the staging admin: admin / <pw>" and "pwd for prod db ->
      <pw>"; passphrases joined by '.' or '_' (a dotnet nuget -p flag, a YAML block inside
      a Secret's stringData); yarn 1 .yarnrc `"//host/:_authToken" "<hex>"`; cat of a
      Rails config/master.key; an appsettings.json "Jwt": {"Key": ...}; shell adjacent
      quotes "ghp_""..."; a password split over lines in Python parentheses; a session
      cookie in a HAR entry and in a requests cookies= dict; lftp -u user,password;
      ssh-keygen -N '<passphrase>'.
    False positives: a Sealed Secrets manifest's encryptedData ciphertext (Ag...), read by
      generic-secret-assignment and password-in-prose.

Tuned figures, with the rules as of the commit that last changed this paragraph
(rulesets/secrets.toml, section "Eighth blind batch" and its second round: new
password-passphrase-value, http-cookie-session, token-split-concatenation,
token-split-join, secret-printed-by-command, httpie-auth-password, url-query-app-key,
jwt-settings-key, lftp-user-password, ssh-keygen-passphrase, credential-pair-in-prose,
secret-assignment-implicit-concat; changed: password-in-prose (prepositions, verbs and
particles of more languages, a qualifier of up to six words before an explicit ':' /
verb, Czech / Indonesian / Vietnamese / Greek words, '->' and '=>', the Sealed Secrets
allow), generic-secret-assignment (Sealed Secrets allow), npmrc-auth-token (yarn 1
form), basic-auth-header / docker-config-auth / npmrc-basic-auth (shared pattern
doc_userpass_b64), ado-connection-string (myPassword)):
    batch 8 first round: secret 191/191, 0 FP on its 50 negatives.
    second round: secret 65/67, 0 FP on its 12 negatives. Left: a dotted passphrase after
      dotnet nuget's short -p flag (no password name, and `-p` is too common a flag), and
      a Ukrainian chat password that begins with '#' (the generic validator reads a
      leading '#' as a comment).
    PII: the two findings outside a label above remain (left to the PII rules).
    whole own set: secret 1755/1762 (0.9960), precision 0.9995 (1 FP: b5's FLWSECK_TEST
      placeholder); pii 754/758, precision 0.9952 (as crates/aiguard-core/tests/
      secrets_pii_own_set.rs counts).
    ../shared/corpus/dev.jsonl (score.py): secret and PII P 1.000 R 1.000, injection
      unchanged, benign 0.0%.
    297 M characters of real text (/usr/share/doc, /usr/share/man, /usr/include,
      /usr/lib/python3, the venv's site-packages, /etc, ~/.cargo/registry/src): 0 findings
      from the new or changed rules that the rules before the batch did not give (the first
      draft of token-split-concatenation read a pygments list of names beginning 'hf_gray_16',
      which is why the join form is a rule of its own that needs ''.join()).
    Cost: no rule newly woken on the bench prompts (benches/workloads.py, 2 KB / 16 KB /
      128 KB), every new rule anchored; full scan, old rules vs new, interleaved, min of
      12-15 runs: rule_cost 2 KB 30.7 -> 30.9 us, 128 KB 1618 -> 1651 us (+2.0%, medians
      -5.7%: the machine is shared); in-process A/B 128 KB min +0.4% to +1.3%, median
      +1.7% to +2.0% (old vs old: +-0.3%).
"""

from __future__ import annotations

import base64
import json
import urllib.parse


def records(g):  # noqa: C901 - one flat list of cases reads best
    R, rs, pick, nd, S = g.R, g.rs, g.pick, g.nd, g.S
    ALNUM, HEX, B64, B64URL, LOWALNUM, UPALNUM, LOWER = (
        g.ALNUM, g.HEX, g.B64, g.B64URL, g.LOWALNUM, g.UPALNUM, g.LOWER)
    out: list[tuple[str, list]] = []

    def add(src, segs):
        out.append(("b8/" + (src if src.startswith("negative/") else "secret/" + src), segs))

    def uuid() -> str:
        return g.uuid4()

    def b64s(s: str) -> str:
        return g.b64(s.encode())

    def rb(n: int) -> bytes:
        return bytes(R.getrandbits(8) for _ in range(n))

    WORDS = ["Tango", "Maple", "River", "Falcon", "Copper", "Violet", "Orbit", "Cedar", "Amber", "Nimbus",
             "Quartz", "Harbor", "Lantern", "Saffron", "Glacier", "Pepper", "Juniper", "Marble"]
    SYM = "!#%*+-=?^_"

    def pw(style: str | None = None) -> str:
        """A password people set by hand or with a generator; no quote, backslash, $, & or <>."""
        style = style or pick(["words", "rand", "rand", "alnum", "phrase"])
        if style == "words":
            return pick(WORDS) + pick(WORDS).lower() + str(R.randint(10, 9999)) + pick("!#%*?")
        if style == "phrase":
            return "-".join(pick(WORDS).lower() for _ in range(3)) + "-" + nd(R.randint(2, 4))
        if style == "alnum":
            return rs(R.randint(20, 32), ALNUM)
        if style == "uri":  # safe inside a URI's userinfo without encoding
            return rs(R.randint(14, 24), ALNUM + "-_.~!*")
        while True:
            s = rs(R.randint(14, 24), ALNUM + SYM)
            if any(c in SYM for c in s) and any(c.isdigit() for c in s):
                return s

    def npm_token() -> str:
        return "npm_" + rs(36, ALNUM)

    def glpat() -> str:
        return "glpat-" + rs(20, B64URL)

    def dckr_pat() -> str:
        return "dckr_pat_" + rs(27, B64URL)

    def gocspx() -> str:
        return "GOCSPX-" + rs(28, B64URL)

    def stripe_live() -> str:
        return "sk_live_51" + rs(97, ALNUM)

    def sendgrid() -> str:
        return "SG." + rs(22, B64URL) + "." + rs(43, B64URL)

    def k8s_sa_jwt() -> str:
        now = R.randint(1_700_000_000, 1_760_000_000)
        ns = pick(["ci", "kube-system", "deploy", "monitoring"])
        sa = pick(["deployer", "argocd-manager", "gitlab-runner", "prometheus"])
        claims = {"aud": ["https://kubernetes.default.svc"], "exp": now + 31536000, "iat": now,
                  "iss": "https://kubernetes.default.svc.cluster.local",
                  "kubernetes.io": {"namespace": ns, "serviceaccount": {"name": sa, "uid": uuid()}},
                  "nbf": now, "sub": f"system:serviceaccount:{ns}:{sa}"}
        return g.jwt_token(claims, "RS256")

    def bitbucket_app_pw() -> str:
        return "ATBB" + rs(28, ALNUM) + rs(8, HEX).upper()

    def wp_salt() -> str:
        return rs(64, ALNUM + "!#%*+-=?^_@:;,.|~[](){}")

    def pem_b64(kind: str) -> str:
        return b64s(g.private_key(kind) + "\n")

    def indent(block: str, n: int) -> str:
        return "\n".join(" " * n + ln for ln in block.split("\n"))

    # ================================================================ credential files
    kid, sec = "AKIA" + rs(16, g.BASE32), g.aws_secret()
    kid2, sec2 = "AKIA" + rs(16, g.BASE32), g.aws_secret()
    add("aws_credentials", ["[default]\naws_access_key_id = ", S(kid, "aws_access_key_id"), "\naws_secret_access_key = ", S(sec, "aws_secret_access_key"),
                            "\n\n[prod-admin]\naws_access_key_id=", S(kid2, "aws_access_key_id"), "\naws_secret_access_key=", S(sec2, "aws_secret_access_key"), "\n"])
    kid3, sec3, tok3 = "ASIA" + rs(16, g.BASE32), g.aws_secret(), g.aws_session_token()
    add("aws_credentials", ["# written by saml2aws\n[saml]\naws_access_key_id        = ", S(kid3, "aws_access_key_id"), "\naws_secret_access_key    = ", S(sec3, "aws_secret_access_key"),
                            "\naws_session_token        = ", S(tok3, "aws_session_token"), "\nx_security_token_expires = 2026-04-02T17:11:09Z\n"])
    kid4, sec4 = "AKIA" + rs(16, g.BASE32), g.aws_secret()
    add("aws_config", ["[default]\nregion = eu-west-1\noutput = json\n\n[profile legacy-ci]\nregion = us-east-1\naws_access_key_id = ", S(kid4, "aws_access_key_id"),
                       "\naws_secret_access_key = ", S(sec4, "aws_secret_access_key"), "\n\n[profile dev]\nsso_session = acme\nsso_account_id = " + nd(12) + "\nsso_role_name = Developer\n"])
    sec5 = g.aws_secret()
    add("aws_config", ["$ aws configure --profile billing\nAWS Access Key ID [None]: ", S("AKIA" + rs(16, g.BASE32), "aws_access_key_id"), "\nAWS Secret Access Key [None]: ", S(sec5, "aws_secret_access_key"),
                       "\nDefault region name [None]: eu-central-1\nDefault output format [None]: json\n"])

    user_np = pick(g.USERS)
    add("npmrc", ["registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=", S(npm_token(), "npm_token"), "\n@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=",
                  S(g.github_token("ghp"), "github_pat_classic"), "\nalways-auth=true\n"])
    add("npmrc", ["registry=https://nexus.acme.io/repository/npm-group/\n_auth=", S(b64s(f"{user_np}:{pw()}"), "npm_basic_auth"), "\nalways-auth=true\nstrict-ssl=true\n"])
    add("npmrc", ["//nexus.acme.io/repository/npm-private/:username=" + user_np + "\n//nexus.acme.io/repository/npm-private/:_password=", S(b64s(pw()), "npm_password"),
                  "\n//nexus.acme.io/repository/npm-private/:email=", g.PI("ci-bot@acme.io", "email"), "\n"])
    add("npmrc", ["# .yarnrc.yml\nnpmRegistryServer: \"https://npm.acme.io\"\nnpmAuthToken: \"", S(npm_token(), "npm_token"), "\"\nnodeLinker: node-modules\n"])

    add("pypirc", ["[distutils]\nindex-servers =\n    pypi\n    internal\n\n[pypi]\nusername = __token__\npassword = ", S(g.pypi_token(), "pypi_token"),
                   "\n\n[internal]\nrepository = https://pypi.acme.io/simple/\nusername = deploy\npassword = ", S(pw(), "password"), "\n"])
    add("pip_conf", ["# /etc/pip.conf\n[global]\nindex-url = https://deploy:", S(pw("uri"), "password"), "@artifactory.acme.io/artifactory/api/pypi/pypi-remote/simple\ntimeout = 60\n"])

    add("netrc", ["machine github.com\n  login acme-bot\n  password ", S(g.github_token("ghp"), "github_pat_classic"), "\nmachine api.heroku.com\n  login ops\n  password ",
                  S(uuid(), "heroku_api_key"), "\n"])
    add("netrc", ["machine ftp.acme-partners.net login upload password ", S(pw(), "password"), "\n"])
    add("netrc", ["default login anonymous password guest\nmachine artifacts.acme.io\nlogin ci\npassword ", S(pw("alnum"), "password"), "\n"])

    dk_user = pick(["acmeci", "orbitdeploy", "tallybot"])
    add("docker_config", ["{\n\t\"auths\": {\n\t\t\"https://index.docker.io/v1/\": {\n\t\t\t\"auth\": \"", S(b64s(f"{dk_user}:{dckr_pat()}"), "docker_auth"),
                          "\"\n\t\t},\n\t\t\"ghcr.io\": {\n\t\t\t\"auth\": \"", S(b64s(f"{dk_user}:{g.github_token('ghp')}"), "docker_auth"), "\"\n\t\t}\n\t},\n\t\"credsStore\": \"\"\n}\n"])
    add("docker_config", ["{\"auths\":{\"registry.acme.io:5000\":{\"username\":\"deploy\",\"password\":\"", S(pw(), "password"), "\",\"auth\":\"\"}}}\n"])
    add("docker_config", ["$ cat ~/.docker/config.json\n{\n  \"auths\": {\n    \"" + nd(12) + ".dkr.ecr.eu-west-1.amazonaws.com\": {\n      \"auth\": \"",
                          S(b64s("AWS:" + g.jwt_token()), "docker_auth"), "\"\n    }\n  }\n}\n"])

    ca = b64s("-----BEGIN CERTIFICATE-----\n" + "\n".join(g.pem_body(600)) + "\n-----END CERTIFICATE-----\n")
    add("kubeconfig", ["apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority-data: " + ca + "\n    server: https://k8s.acme.io:6443\n  name: prod\n"
                       "users:\n- name: admin\n  user:\n    client-certificate-data: " + b64s("-----BEGIN CERTIFICATE-----\n" + "\n".join(g.pem_body(700)) + "\n-----END CERTIFICATE-----\n")
                       + "\n    client-key-data: ", S(pem_b64("rsa"), "private_key_rsa"), "\ncontexts:\n- context:\n    cluster: prod\n    user: admin\n  name: prod\ncurrent-context: prod\n"])
    add("kubeconfig", ["users:\n- name: ci-deployer\n  user:\n    token: ", S(k8s_sa_jwt(), "kubernetes_sa_token"), "\n"])
    add("kubeconfig", ["- name: oidc\n  user:\n    auth-provider:\n      name: oidc\n      config:\n        client-id: kubernetes\n        client-secret: ", S(rs(32, ALNUM), "oidc_client_secret"),
                       "\n        id-token: ", S(g.jwt_token(alg="RS256"), "jwt"), "\n        idp-issuer-url: https://sso.acme.io/realms/ops\n"])
    add("kubeconfig", ["- name: ops@legacy\n  user:\n    username: admin\n    password: ", S(pw(), "password"), "\n"])

    add("git_credentials", ["https://acme-bot:", S(g.github_token("ghp"), "github_pat_classic"), "@github.com\nhttps://oauth2:", S(glpat(), "gitlab_pat"), "@gitlab.acme.io\n"])
    add("git_credentials", ["https://x-token-auth:", S(bitbucket_app_pw(), "bitbucket_app_password"), "@bitbucket.org\n"])
    add("git_credentials", ["$ git config --global credential.helper store\n$ cat ~/.git-credentials\nhttps://jdoe:", S(pw("uri"), "password"), "@git.acme-corp.net\n"])

    add("maven_settings", ["<settings>\n  <servers>\n    <server>\n      <id>nexus-releases</id>\n      <username>deployment</username>\n      <password>", S(pw(), "password"),
                           "</password>\n    </server>\n    <server>\n      <id>github</id>\n      <username>acme-bot</username>\n      <password>", S(g.github_token("ghp"), "github_pat_classic"),
                           "</password>\n    </server>\n  </servers>\n</settings>\n"])
    add("nuget_config", ["<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSourceCredentials>\n    <AcmeFeed>\n      <add key=\"Username\" value=\"build\" />\n"
                         "      <add key=\"ClearTextPassword\" value=\"", S(pw(), "password"), "\" />\n    </AcmeFeed>\n  </packageSourceCredentials>\n</configuration>\n"])
    add("nuget_config", ["<packageSourceCredentials>\n  <github>\n    <add key=\"Username\" value=\"acme-bot\" />\n    <add key=\"ClearTextPassword\" value=\"", S(g.github_token("ghp"), "github_pat_classic"),
                         "\" />\n  </github>\n</packageSourceCredentials>\n"])
    add("gradle_properties", ["org.gradle.jvmargs=-Xmx4g\nsigning.keyId=" + rs(8, "0123456789ABCDEF") + "\nsigning.password=", S(pw(), "password"), "\nsigning.secretKeyRingFile=/home/ci/.gnupg/secring.gpg\nossrhUsername=acme\nossrhPassword=",
                              S(pw(), "password"), "\n"])
    add("gradle_properties", ["mavenCentralUsername=" + rs(8, ALNUM) + "\nmavenCentralPassword=", S(rs(44, B64URL), "password"), "\nartifactory_contextUrl=https://acme.jfrog.io/artifactory\nartifactory_password=",
                              S(pw(), "password"), "\n"])

    add("tfvars", ["region            = \"eu-west-1\"\ndb_username       = \"app\"\ndb_password       = \"", S(pw(), "password"), "\"\ncloudflare_api_token = \"", S(rs(40, B64URL), "cloudflare_api_token"),
                   "\"\ndatadog_api_key   = \"", S(rs(32, HEX), "datadog_api_key"), "\"\n"])
    add("tfvars", ["# terraform.auto.tfvars\nstripe_secret_key = \"", S(stripe_live(), "stripe_secret_key"), "\"\nadmin_password    = \"", S(pw(), "password"), "\"\n"])
    add("terraform_hcl", ["provider \"postgresql\" {\n  host     = \"pg.acme.io\"\n  username = \"terraform\"\n  password = \"", S(pw(), "password"), "\"\n  sslmode  = \"require\"\n}\n"])

    add("ansible_vars", ["# group_vars/prod.yml\nansible_user: deploy\nansible_become_password: ", S(pw(), "password"), "\nansible_ssh_pass: \"", S(pw(), "password"), "\"\nmysql_root_password: '",
                         S(pw(), "password"), "'\n"])
    add("ansible_vars", ["- name: create app db user\n  community.postgresql.postgresql_user:\n    name: app\n    password: \"", S(pw(), "password"), "\"\n    db: orders\n"])

    add("helm_values", ["postgresql:\n  enabled: true\n  auth:\n    username: app\n    password: ", S(pw(), "password"), "\n    postgresPassword: ", S(pw(), "password"),
                        "\n    database: orders\nredis:\n  auth:\n    enabled: true\n    password: \"", S(pw(), "password"), "\"\n"])
    add("helm_values", ["slack:\n  botToken: ", S(g.slack_bot(), "slack_bot_token"), "\n  signingSecret: ", S(rs(32, HEX), "slack_signing_secret"), "\nsmtp:\n  host: smtp.sendgrid.net\n  user: apikey\n  password: ",
                        S(sendgrid(), "sendgrid_api_key"), "\n"])
    add("helm_cli", ["helm upgrade --install grafana grafana/grafana -n monitoring --set adminPassword=", S(pw(), "password"), " --set persistence.enabled=true\n"])

    add("gh_actions", ["jobs:\n  publish:\n    runs-on: ubuntu-latest\n    env:\n      NPM_TOKEN: ", S(npm_token(), "npm_token"), "\n    steps:\n      - uses: actions/checkout@v4\n"
                       "      - run: docker login -u acmeci -p ", S(dckr_pat(), "docker_pat"), "\n      - run: npm publish\n"])
    add("gh_actions", ["      - name: Deploy\n        uses: appleboy/ssh-action@v1\n        with:\n          host: deploy.acme.io\n          username: deploy\n          password: ", S(pw(), "password"), "\n          script: ./deploy.sh\n"])
    add("gitlab_ci", ["variables:\n  POSTGRES_DB: test\n  POSTGRES_PASSWORD: ", S(pw(), "password"), "\n\nrelease:\n  script:\n    - 'curl --header \"PRIVATE-TOKEN: ", S(glpat(), "gitlab_pat"),
                      "\" \"https://gitlab.acme.io/api/v4/projects/42/releases\"'\n"])
    add("gitlab_ci", ["deploy:\n  stage: deploy\n  script:\n    - echo \"", S(pw("alnum"), "password"), "\" | docker login registry.acme.io -u deployer --password-stdin\n"])

    add("docker_compose", ["services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD: ", S(pw(), "password"), "\n  mq:\n    image: rabbitmq:3-management\n    environment:\n"
                           "      - RABBITMQ_DEFAULT_USER=orders\n      - RABBITMQ_DEFAULT_PASS=", S(pw(), "password"), "\n"])
    add("docker_compose", ["  minio:\n    image: minio/minio\n    environment:\n      MINIO_ROOT_USER: admin\n      MINIO_ROOT_PASSWORD: \"", S(pw(), "password"), "\"\n  mysql:\n    environment:\n      - \"MYSQL_ROOT_PASSWORD=",
                           S(pw(), "password"), "\"\n"])
    add("systemd", ["[Service]\nUser=orders\nEnvironment=\"DB_PASSWORD=", S(pw(), "password"), "\"\nEnvironment=STRIPE_KEY=", S(stripe_live(), "stripe_secret_key"), "\nExecStart=/opt/orders/bin/server\n"])
    add("systemd", ["# /etc/systemd/system/exporter.service.d/override.conf\n[Service]\nEnvironment=\"DATA_SOURCE_NAME=postgresql://exporter:", S(pw("uri"), "password"), "@localhost:5432/postgres?sslmode=disable\"\n"])

    add("spring_properties", ["spring.datasource.url=jdbc:postgresql://pg.acme.io:5432/orders\nspring.datasource.username=orders\nspring.datasource.password=", S(pw(), "password"),
                              "\nspring.mail.host=smtp.sendgrid.net\nspring.mail.username=apikey\nspring.mail.password=", S(sendgrid(), "sendgrid_api_key"),
                              "\nspring.security.oauth2.client.registration.google.client-secret=", S(gocspx(), "google_oauth_client_secret"), "\n"])
    add("spring_yaml", ["spring:\n  datasource:\n    url: jdbc:mysql://mysql.acme.io:3306/shop\n    username: shop\n    password: ", S(pw(), "password"), "\n  rabbitmq:\n    host: mq.acme.io\n    password: ",
                        S(pw(), "password"), "\n"])
    add("rails_database_yml", ["production:\n  adapter: postgresql\n  database: acme_production\n  username: acme\n  password: ", S(pw(), "password"), "\n  host: pg.acme.io\n"])
    add("rails_secrets", ["production:\n  secret_key_base: ", S(rs(128, HEX), "rails_secret_key_base"), "\n"])
    add("wp_config", ["<?php\n/** The name of the database for WordPress */\ndefine( 'DB_NAME', 'wp_acme' );\ndefine( 'DB_USER', 'wp_acme' );\ndefine( 'DB_PASSWORD', '", S(pw(), "password"),
                      "' );\ndefine( 'DB_HOST', 'localhost' );\n\ndefine( 'AUTH_KEY',         '", S(wp_salt(), "wordpress_salt"), "' );\n"])
    add("wp_config", ["define(\"DB_PASSWORD\", \"", S(pw(), "password"), "\");\n"])
    add("php_env", ["<?php\nreturn [\n    'db' => [\n        'host' => 'mysql.acme.io',\n        'user' => 'shop',\n        'pass' => '", S(pw(), "password"), "',\n    ],\n];\n"])
    cs_pw = pw()
    add("appsettings", ["{\n  \"ConnectionStrings\": {\n    \"Default\": \"Server=tcp:acme-sql.database.windows.net,1433;Initial Catalog=orders;User ID=orders_app;Password=", S(cs_pw, "password"),
                        ";Encrypt=True;TrustServerCertificate=False;\"\n  },\n  \"AzureAd\": {\n    \"Instance\": \"https://login.microsoftonline.com/\",\n    \"TenantId\": \"" + uuid() + "\",\n    \"ClientId\": \"" + uuid()
                        + "\",\n    \"ClientSecret\": \"", S(g.azure_client_secret(), "azure_ad_client_secret"), "\"\n  }\n}\n"])
    add("appsettings", ["  \"Redis\": {\n    \"Configuration\": \"acme.redis.cache.windows.net:6380,password=", S(b64s(rs(32, ALNUM))[:44], "azure_redis_key"), ",ssl=True,abortConnect=False\"\n  }\n"])
    add("web_config", ["<connectionStrings>\n  <add name=\"Main\" connectionString=\"Data Source=SQL01;Initial Catalog=Sales;User Id=sales_rw;Password=", S(pw(), "password"),
                       ";\" providerName=\"System.Data.SqlClient\" />\n</connectionStrings>\n"])

    # ================================================================ connection strings and URIs
    add("jdbc", ["jdbc.url=jdbc:postgresql://pg.acme.io:5432/orders?user=orders&password=", S(pw("uri"), "password"), "&sslmode=require\n"])
    add("jdbc", ["String url = \"jdbc:sqlserver://sql01.acme.local:1433;databaseName=hr;user=hr_ro;password=", S(pw("uri"), "password"), ";encrypt=true\";\n"])
    add("jdbc", ["<Resource name=\"jdbc/shop\" auth=\"Container\" type=\"javax.sql.DataSource\" username=\"shop\" password=\"", S(pw(), "password"),
                 "\" driverClassName=\"com.mysql.cj.jdbc.Driver\" url=\"jdbc:mysql://mysql.acme.io:3306/shop\"/>\n"])
    add("odbc", ["conn = pyodbc.connect(\"Driver={ODBC Driver 18 for SQL Server};Server=tcp:sql.acme.io,1433;Database=ledger;Uid=ledger;Pwd=", S(pw("uri"), "password"), ";Encrypt=yes;\")\n"])
    add("odbc", ["[ledger]\nDriver = PostgreSQL Unicode\nServername = pg.acme.io\nDatabase = ledger\nUserName = report\nPassword = ", S(pw(), "password"), "\nPort = 5432\n"])
    add("adonet", ["var cs = \"Host=pg.acme.io;Port=5432;Database=orders;Username=orders;Password=", S(pw("uri"), "password"), ";SSL Mode=Require\";\n"])
    add("sqlalchemy", ["SQLALCHEMY_DATABASE_URI = \"postgresql+psycopg2://analytics:", S(pw("uri"), "password"), "@warehouse.acme.io:5432/dwh\"\n"])
    add("prisma", ["# .env used by prisma/schema.prisma\nDATABASE_URL=\"postgresql://prisma:", S(pw("uri"), "password"), "@db.acme.io:5432/app?schema=public&connection_limit=5\"\n"])
    add("mongodb", ["MONGO_URI=mongodb+srv://app:", S(pw("uri"), "password"), "@cluster0." + rs(5, LOWALNUM) + ".mongodb.net/shop?retryWrites=true&w=majority&appName=Cluster0\n"])
    add("mongodb", ["client = MongoClient(\"mongodb://root:", S(pw("uri"), "password"), "@mongo-0.mongo:27017,mongo-1.mongo:27017/?replicaSet=rs0&authSource=admin\")\n"])
    add("redis", ["REDIS_URL=rediss://default:", S(rs(32, ALNUM), "password"), "@eu1-sweet-gull-" + nd(5) + ".upstash.io:6379\n"])
    add("redis", ["cache:\n  url: redis://:", S(pw("uri"), "password"), "@redis-master.cache.svc:6379/2\n"])
    add("amqp", ["CELERY_BROKER_URL = 'amqps://celery:", S(pw("uri"), "password"), "@b-" + uuid() + ".mq.eu-west-1.amazonaws.com:5671/prod'\n"])
    add("kafka_sasl", ["bootstrap.servers=pkc-" + rs(5, LOWALNUM) + ".eu-west-1.aws.confluent.cloud:9092\nsecurity.protocol=SASL_SSL\nsasl.mechanism=PLAIN\n"
                       "sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + rs(16, UPALNUM) + "\" password=\"", S(rs(64, ALNUM + "+/"), "confluent_api_secret"), "\";\n"])
    add("kafka_sasl", ["KAFKA_SASL_JAAS_CONFIG: org.apache.kafka.common.security.scram.ScramLoginModule required username='orders' password='", S(pw(), "password"), "';\n"])
    add("ldap", ["ldapsearch -H ldaps://ldap.acme.io -D \"cn=admin,dc=acme,dc=io\" -w '", S(pw(), "password"), "' -b \"ou=people,dc=acme,dc=io\" \"(uid=jdoe)\"\n"])
    add("ldap", ["auth:\n  ldap:\n    url: ldaps://ad.acme.local:636\n    bindDN: CN=svc-grafana,OU=Service Accounts,DC=acme,DC=local\n    bindPassword: ", S(pw(), "password"), "\n"])
    add("ldap", ["spring.ldap.urls=ldap://ldap.acme.io:389\nspring.ldap.username=cn=reader,dc=acme,dc=io\nspring.ldap.password=", S(pw(), "password"), "\n"])

    # ================================================================ Kubernetes Secret manifests
    add("k8s_secret", ["apiVersion: v1\nkind: Secret\nmetadata:\n  name: orders-db\ntype: Opaque\ndata:\n  username: " + b64s("orders") + "\n  password: ", S(b64s(pw()), "password_b64"), "\n"])
    add("k8s_secret", ["apiVersion: v1\nkind: Secret\nmetadata:\n  name: ci-tokens\n  namespace: ci\ntype: Opaque\ndata:\n  GITHUB_TOKEN: ", S(b64s(g.github_token("ghp")), "github_pat_b64"),
                       "\n  NPM_TOKEN: ", S(b64s(npm_token()), "npm_token_b64"), "\n"])
    add("k8s_secret", ["apiVersion: v1\nkind: Secret\nmetadata:\n  name: stripe\nstringData:\n  STRIPE_SECRET_KEY: ", S(stripe_live(), "stripe_secret_key"), "\n  WEBHOOK_SECRET: ",
                       S("whsec_" + rs(32, ALNUM), "stripe_webhook_secret"), "\n"])
    add("k8s_secret", ["apiVersion: v1\nkind: Secret\nmetadata:\n  name: regcred\ntype: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: ",
                       S(b64s(json.dumps({"auths": {"registry.acme.io": {"username": "deploy", "password": pw(), "auth": b64s("deploy:" + pw())}}}, separators=(",", ":"))), "docker_config_b64"), "\n"])
    add("k8s_secret", ["apiVersion: v1\nkind: Secret\nmetadata:\n  name: tls-api\ntype: kubernetes.io/tls\ndata:\n  tls.crt: " + ca[:200] + "\n  tls.key: ", S(pem_b64("ec"), "private_key_ec_b64"), "\n"])
    add("k8s_secret", ["{\"apiVersion\":\"v1\",\"kind\":\"Secret\",\"metadata\":{\"name\":\"app\"},\"data\":{\"DATABASE_PASSWORD\":\"", S(b64s(pw()), "password_b64"), "\",\"API_KEY\":\"",
                       S(b64s(rs(40, HEX)), "api_key_b64"), "\"}}\n"])
    add("k8s_secret", ["$ kubectl create secret generic mq --from-literal=username=orders --from-literal=password='", S(pw(), "password"), "'\nsecret/mq created\n"])
    add("k8s_secret", ["$ kubectl get secret grafana -o jsonpath='{.data.admin-password}' | base64 -d\n", S(pw(), "password"), "\n"])

    # ================================================================ private keys in escaped JSON and YAML block scalars
    k = g.private_key("openssh").replace("\n", "\\n")
    add("key_escaped_json", ["{\"host\": \"bastion.acme.io\", \"user\": \"deploy\", \"ssh_key\": \"", S(k, "private_key_openssh"), "\\n\"}\n"])
    k = g.private_key("rsa").replace("\n", "\\\\n")
    add("key_escaped_json", ["{\"event\":\"config\",\"payload\":\"{\\\"tls\\\":{\\\"key\\\":\\\"", S(k, "private_key_rsa"), "\\\"}}\"}\n"])
    k = g.private_key("pkcs8-ec").replace("\n", "\\n")
    add("key_escaped_json", ["const APNS_KEY = \"", S(k, "private_key_pkcs8"), "\";\n"])
    add("key_yaml_block", ["apiVersion: v1\nkind: Secret\nmetadata:\n  name: api-tls\nstringData:\n  tls.key: |\n", S(indent(g.private_key("pkcs8"), 4), "private_key_pkcs8"), "\n"])
    add("key_yaml_block", ["deploy_ssh_key: |\n", S(indent(g.private_key("openssh"), 2), "private_key_openssh"), "\nknown_hosts: github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(43, B64) + "\n"])
    add("key_yaml_block", ["      - name: write key\n        run: |\n          cat > ~/.ssh/id_ed25519 <<'EOF'\n", S(indent(g.private_key("openssh"), 10), "private_key_openssh"), "\n          EOF\n"])
    k = g.private_key("rsa")
    add("key_env_multiline", ["JWT_PRIVATE_KEY=\"", S(k, "private_key_rsa"), "\"\nJWT_ISSUER=https://auth.acme.io\n"])

    # ================================================================ split over lines, concatenations
    t = g.openai_project()
    add("split", ["OPENAI_API_KEY = (\n    \"", S(t[:60] + "\"\n    \"" + t[60:120] + "\"\n    \"" + t[120:], "openai_api_key"), "\"\n)\n"])
    t = g.github_token("ghp")
    add("split", ["const token = \"", S(t[:4] + "\" + \"" + t[4:20] + "\" + \"" + t[20:], "github_pat_classic"), "\";  // split so the scanner won't see it\n"])
    t = g.slack_bot()
    add("split", ["export SLACK_BOT_TOKEN=\"", S(t[:25] + "\\\n" + t[25:], "slack_bot_token"), "\"\n"])
    t = stripe_live()
    add("split", ["String key = \"", S(t[:40] + "\"\n        + \"" + t[40:], "stripe_secret_key"), "\";\n"])
    p = pw("alnum")
    add("split", ["db_pass = \"", S(p[:10] + "\" + \"" + p[10:], "password"), "\"  # db password, split for the linter\n"])
    t = sendgrid()
    add("split", ["SENDGRID_KEY = ''.join([\"", S(t[:3] + "\", \"" + t[3:26] + "\", \"" + t[26:], "sendgrid_api_key"), "\"])\n"])

    # ================================================================ URL-encoded, quoted-printable
    p = rs(8, ALNUM) + "@" + rs(4, ALNUM) + "/" + rs(6, ALNUM) + ":" + nd(2)
    add("url_encoded", ["DATABASE_URL=postgres://app:", S(urllib.parse.quote(p, safe=""), "password"), "@pg.acme.io:5432/app\n"])
    t = rs(30, B64) + "+/" + rs(10, B64) + "="
    add("url_encoded", ["GET /v2/reports?api_key=", S(urllib.parse.quote(t, safe=""), "api_key"), "&from=2026-01-01 HTTP/1.1\nHost: api.acme.io\n"])
    p = pw()
    add("url_encoded", ["POST /login HTTP/1.1\nHost: admin.acme.io\nContent-Type: application/x-www-form-urlencoded\n\nusername=admin&password=", S(urllib.parse.quote_plus(p), "password"), "&remember=1\n"])
    p = rs(12, ALNUM) + "=" + rs(10, ALNUM)
    qp = p.replace("=", "=3D")
    add("quoted_printable", ["Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\nHi team,\n\nthe new VPN password=3D", S(qp[:8] + "=\n" + qp[8:], "password"),
                             " (valid until Friday).\n"])
    t = g.github_token("ghp")
    add("quoted_printable", ["Content-Transfer-Encoding: quoted-printable\n\nPlease use this token for the mirror job: ", S(t[:20] + "=\n" + t[20:], "github_pat_classic"), "\nThanks=2C Ops\n"])

    # ================================================================ HTTP requests
    add("http_basic", ["GET /api/v1/status HTTP/1.1\nHost: jenkins.acme.io\nAuthorization: Basic ", S(b64s("admin:" + pw()), "basic_auth"), "\nAccept: application/json\n"])
    add("http_basic", ["requests.get(url, headers={\"Authorization\": \"Basic ", S(b64s("svc_reports:" + pw()), "basic_auth"), "\"})\n"])
    add("http_bearer", ["> GET /v1/accounts HTTP/2\n> Host: api.acme.io\n> authorization: Bearer ", S(rs(48, B64URL), "bearer_token"), "\n> user-agent: curl/8.5.0\n"])
    add("http_bearer", ["fetch(\"/graphql\", { headers: { Authorization: `Bearer ", S(g.jwt_token(), "jwt"), "` } })\n"])
    add("http_token", ["GET /api/v2/builds/ HTTP/1.1\nAuthorization: Token ", S(rs(40, HEX), "api_token"), "\n"])
    add("http_apikey", ["POST /_bulk HTTP/1.1\nHost: es.acme.io:9200\nAuthorization: ApiKey ", S(b64s(rs(20, B64URL) + ":" + rs(22, B64URL)), "elastic_api_key"), "\nContent-Type: application/x-ndjson\n"])
    add("http_apikey", ["X-Api-Key: ", S(rs(32, ALNUM), "api_key"), "\nX-Request-Id: " + uuid() + "\n"])
    add("http_query", ["https://api.acme-weather.io/v1/forecast?lat=48.1&lon=11.5&appid=", S(rs(32, HEX), "api_key"), "\n"])
    add("http_query", ["GET /maps/api/geocode/json?address=Berlin&key=", S("AIza" + rs(35, B64URL), "google_api_key"), " HTTP/1.1\n"])
    add("http_query", ["wss://stream.acme.io/v2/ticks?access_token=", S(rs(40, ALNUM), "access_token"), "&symbols=AAPL,MSFT\n"])
    flask = b64s(json.dumps({"user_id": R.randint(1, 99999), "_fresh": True}))[:-2].replace("+", "-").replace("/", "_") + "." + rs(6, B64URL) + "." + rs(27, B64URL)
    add("http_cookie", ["GET /dashboard HTTP/1.1\nHost: app.acme.io\nCookie: theme=dark; session=", S(flask, "session_cookie"), "; remember_token=", S(str(R.randint(1, 9999)) + "|" + rs(128, HEX), "remember_token"), "\n"])
    add("http_cookie", ["HTTP/1.1 302 Found\nSet-Cookie: sessionid=", S(rs(32, LOWALNUM), "session_cookie"), "; expires=Tue, 14 Apr 2026 10:00:00 GMT; HttpOnly; Path=/; SameSite=Lax\nLocation: /admin/\n"])
    add("http_cookie", ["curl 'https://portal.acme.io/api/me' -H 'cookie: _portal_session=", S(rs(200, B64URL) + "--" + rs(40, HEX), "session_cookie"), "'\n"])

    # ================================================================ command lines
    add("curl", ["curl -u admin:", S(pw("uri"), "password"), " https://jenkins.acme.io/job/deploy/build -X POST\n"])
    add("curl", ["curl -sS -H 'X-Vault-Token: ", S("hvs." + rs(90, B64URL), "vault_token"), "' https://vault.acme.io:8200/v1/secret/data/app\n"])
    add("httpie", ["http -a deploy:", S(pw("uri"), "password"), " POST https://registry.acme.io/v2/token scope==repository:app:push\n"])
    add("httpie", ["http GET api.acme.io/v1/users 'Authorization:Bearer ", S(rs(40, ALNUM), "bearer_token"), "'\n"])
    add("wget", ["wget --user=ci --password='", S(pw(), "password"), "' https://artifacts.acme.io/releases/app-2.4.1.tar.gz\n"])
    add("wget", ["wget --header=\"PRIVATE-TOKEN: ", S(glpat(), "gitlab_pat"), "\" https://gitlab.acme.io/api/v4/projects/7/repository/archive.zip\n"])
    add("cli", ["$ PGPASSWORD='", S(pw(), "password"), "' psql -h pg.acme.io -U orders -d orders -c 'select 1'\n"])
    add("cli", ["mysql -h mysql.acme.io -u root -p'", S(pw(), "password"), "' shop < dump.sql\n"])
    add("cli", ["sshpass -p '", S(pw(), "password"), "' ssh -o StrictHostKeyChecking=no deploy@bastion.acme.io\n"])
    add("cli", ["redis-cli -h cache.acme.io -p 6379 -a ", S(pw("alnum"), "password"), " --no-auth-warning INFO\n"])
    add("cli", ["docker run -d -e POSTGRES_PASSWORD=", S(pw(), "password"), " -p 5432:5432 postgres:16\n"])
    add("cli", ["gh auth login --with-token <<< ", S(g.github_token("gho"), "github_oauth_token"), "\n"])
    add("cli", ["az login --service-principal -u " + uuid() + " -p ", S(g.azure_client_secret(), "azure_ad_client_secret"), " --tenant " + uuid() + "\n"])

    # ================================================================ stack traces and logs that print a config
    add("trace_python", ["Traceback (most recent call last):\n  File \"/app/worker.py\", line 42, in connect\n    conn = psycopg2.connect(**cfg)\npsycopg2.OperationalError: connection failed\n"
                         "cfg = {'host': 'pg.acme.io', 'port': 5432, 'user': 'orders', 'password': '", S(pw(), "password"), "', 'dbname': 'orders'}\n"])
    add("trace_java", ["2026-03-02 10:14:22.812 ERROR 1 --- [main] o.s.b.SpringApplication : Application run failed\njava.lang.IllegalStateException: Failed to bind DataSourceProperties{url='jdbc:postgresql://pg.acme.io/orders', username='orders', password='",
                       S(pw(), "password"), "'}\n\tat org.springframework.boot.context.properties.bind.Binder.bind(Binder.java:388)\n"])
    add("trace_node", ["Error: connect ECONNREFUSED\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16) {\n  config: {\n    host: 'mysql.acme.io',\n    user: 'shop',\n    password: '",
                       S(pw(), "password"), "',\n    database: 'shop'\n  }\n}\n"])
    add("log_go", ["2026/03/02 10:14:22 loaded config: &{Host:pg.acme.io Port:5432 User:orders Password:", S(pw("alnum"), "password"), " SSLMode:require}\n"])
    add("log_rails", ["Started POST \"/users/sign_in\" for ", g.PI("10." + str(R.randint(0, 255)) + "." + str(R.randint(0, 255)) + "." + str(R.randint(1, 254)), "ipv4"), " at 2026-03-02 10:14:22 +0000\nProcessing by Devise::SessionsController#create as HTML\n  Parameters: {\"user\"=>{\"login\"=>\"jdoe\", \"password\"=>\"",
                      S(pw(), "password"), "\"}, \"commit\"=>\"Log in\"}\n"])
    add("log_kafka", ["[2026-03-02 10:14:22,001] INFO ProducerConfig values:\n\tacks = -1\n\tbootstrap.servers = [kafka-0:9093]\n\tssl.key.password = ", S(pw(), "password"), "\n\tssl.keystore.location = /etc/kafka/keystore.jks\n\tssl.keystore.password = ",
                      S(pw(), "password"), "\n\tssl.truststore.password = [hidden]\n"])
    add("log_json", ["{\"ts\":\"2026-03-02T10:14:22Z\",\"level\":\"debug\",\"msg\":\"smtp config\",\"smtp\":{\"host\":\"smtp.acme.io\",\"user\":\"noreply\",\"pass\":\"", S(pw(), "password"), "\"}}\n"])
    add("log_env_dump", ["+ env | sort\nHOME=/root\nHOSTNAME=runner-7f9c\nREDIS_PASSWORD=", S(pw(), "password"), "\nSTRIPE_API_KEY=", S(stripe_live(), "stripe_secret_key"), "\nTERM=xterm\n"])
    add("log_http", ["DEBUG urllib3.connectionpool: https://api.acme.io:443 \"POST /oauth/token?grant_type=client_credentials&client_id=reports&client_secret=", S(rs(40, ALNUM), "oauth_client_secret"), " HTTP/1.1\" 200 512\n"])

    # ================================================================ chat, several languages
    add("chat_en", ["here's the prod db password: ", S(pw(), "password"), " — don't paste it anywhere else"])
    add("chat_en", ["@mike root pw for the staging box is ", S(pw(), "password"), " btw"])
    add("chat_es", ["La contraseña de la base de datos de producción es ", S(pw(), "password"), ", cámbiala después del despliegue."])
    add("chat_fr", ["Le mot de passe de l'admin Grafana c'est ", S(pw(), "password"), " (à changer)."])
    add("chat_de", ["Das Passwort für die Prod-DB ist ", S(pw(), "password"), " – bitte nicht weitergeben."])
    add("chat_pt", ["A senha do banco de produção é ", S(pw(), "password"), ", não compartilhe."])
    add("chat_it", ["La password del database è ", S(pw(), "password"), ", cambiala dopo il rilascio."])
    add("chat_nl", ["Het wachtwoord van de VPN is ", S(pw(), "password"), ", niet doorsturen."])
    add("chat_pl", ["Hasło do bazy produkcyjnej: ", S(pw(), "password"), " — nie udostępniaj."])
    add("chat_ru", ["Пароль от прод базы: ", S(pw(), "password"), ", никому не пересылай."])
    add("chat_zh", ["生产数据库密码是 ", S(pw(), "password"), "，别外传。"])
    add("chat_ja", ["本番DBのパスワードは ", S(pw(), "password"), " です。共有しないでください。"])
    add("chat_ko", ["운영 DB 비밀번호는 ", S(pw(), "password"), " 입니다."])
    add("chat_tr", ["Sunucunun root şifresi: ", S(pw(), "password"), " kimseyle paylaşma."])
    add("chat_sv", ["Lösenordet till wifi-routern är ", S(pw(), "password"), "."])
    add("chat_en", ["sure, use my token ", S(g.github_token("ghp"), "github_pat_classic"), " for the CI until yours is approved"])
    add("chat_es", ["Te paso el token de npm: ", S(npm_token(), "npm_token")])

    # ================================================================ hard negatives
    negs = [
        # environment and template references
        "spring.datasource.password=${SPRING_DATASOURCE_PASSWORD}\nspring.mail.password=${MAIL_PASSWORD:}\n",
        "DATABASE_URL=postgresql://${DB_USER}:${DB_PASSWORD}@${DB_HOST}:5432/${DB_NAME}\n",
        "sqlalchemy.url = postgresql://%(user)s:%(password)s@%(host)s/%(dbname)s\n",
        "postgresql:\n  auth:\n    password: {{ .Values.global.postgresql.auth.password | quote }}\n    existingSecret: {{ include \"app.fullname\" . }}-db\n",
        "production:\n  adapter: postgresql\n  username: acme\n  password: <%= ENV['ACME_DATABASE_PASSWORD'] %>\n",
        "define( 'DB_PASSWORD', getenv('WORDPRESS_DB_PASSWORD') );\n",
        "      - run: docker login -u acmeci -p ${{ secrets.DOCKERHUB_TOKEN }}\n      - run: echo \"//registry.npmjs.org/:_authToken=${NPM_TOKEN}\" > .npmrc\n",
        "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: orders-db\n        key: password\n",
        "ansible_become_password: \"{{ vault_become_password }}\"\nmysql_root_password: \"{{ lookup('env', 'MYSQL_ROOT_PASSWORD') }}\"\n",
        "<add key=\"ClearTextPassword\" value=\"%NUGET_FEED_PASSWORD%\" />\n",
        "password = findProperty(\"ossrhPassword\") ?: System.getenv(\"OSSRH_PASSWORD\")\n",
        "provider \"postgresql\" {\n  password = var.db_password\n}\n",
        "Environment=DB_PASSWORD_FILE=/run/secrets/db_password\nLoadCredential=db:/etc/orders/db.cred\n",
        "    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/postgres_password\n",
        "conn = psycopg2.connect(host=cfg.host, password=os.environ[\"PGPASSWORD\"])\n",
        "const pool = new Pool({ password: process.env.DB_PASSWORD, ssl: true });\n",
        "curl -u \"$JENKINS_USER:$JENKINS_TOKEN\" https://jenkins.acme.io/job/deploy/build -X POST\n",
        "//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n",
        "[pypi]\nusername = __token__\npassword = <your PyPI API token>\n",
        "machine github.com login $GH_USER password $GH_TOKEN\n",
        # redacted and placeholders
        "ssl.truststore.password = [hidden]\nsasl.jaas.config = [hidden]\n",
        "{\"user\": \"orders\", \"password\": \"********\", \"host\": \"pg.acme.io\"}\n",
        "Authorization: Bearer <token>\nX-Api-Key: YOUR_API_KEY\n",
        "Server=myServerAddress;Database=myDataBase;User Id=myUsername;Password=myPassword;\n",
        "postgres://user:password@localhost:5432/mydb\n",
        "curl -u username:password https://api.example.com/v1/items\n",
        "Authorization: Basic dXNlcm5hbWU6cGFzc3dvcmQ=\n",
        "[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n",
        "la contraseña es la de siempre, pídesela a Marta por teléfono",
        "What's the password policy? Minimum 12 characters, password_max_age_days: 90.\n",
        # encrypted values and hashes
        "db_password: !vault |\n          $ANSIBLE_VAULT;1.1;AES256\n          " + "\n          ".join(rs(80, HEX) for _ in range(5)) + "\n",
        "admin:$2y$10$" + rs(53, "./" + ALNUM) + "\n",
        "INSERT INTO users (email_verified, password_hash) VALUES (true, 'pbkdf2_sha256$720000$" + rs(22, ALNUM) + "$" + rs(43, B64) + "=');\n",
        "password_hash: $argon2id$v=19$m=65536,t=3,p=4$" + rs(22, B64).rstrip("+/") + "$" + rs(43, B64).replace("+", "A").replace("/", "B") + "\n",
        "userPassword: {SSHA}" + rs(32, B64) + "\n",
        "digest: sha256:" + rs(64, HEX) + " size: 1573\n",
        "<link rel=\"stylesheet\" href=\"/static/app.css\" integrity=\"sha384-" + rs(64, B64) + "\" crossorigin=\"anonymous\">\n",
        "spring.cloud.config.server.encrypt.enabled=true\ndb.password={cipher}" + rs(64, HEX) + "\n",
        # public keys and certificates
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(43, B64) + " deploy@ci\n",
        "-----BEGIN PUBLIC KEY-----\n" + "\n".join(g.pem_body(294)) + "\n-----END PUBLIC KEY-----\n",
        "ca.crt: |\n  -----BEGIN CERTIFICATE-----\n" + "\n".join("  " + ln for ln in g.pem_body(700)) + "\n  -----END CERTIFICATE-----\n",
        "apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority-data: " + ca + "\n    server: https://k8s.acme.io:6443\n  name: prod\nusers:\n- name: sso\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: aws\n      args: [eks, get-token, --cluster-name, prod]\n",
        # ids and digests
        "{\"requestId\": \"" + uuid() + "\", \"traceparent\": \"00-" + rs(32, HEX) + "-" + rs(16, HEX) + "-01\"}\n",
        "Merge: " + rs(7, HEX) + " " + rs(7, HEX) + "\ncommit " + rs(40, HEX) + "\n",
        "\"kid\": \"" + rs(40, HEX) + "\", \"x5t\": \"" + rs(27, B64URL) + "\"\n",
        # base64 of non-secret config
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\nbinaryData:\n  settings.json: " + b64s(json.dumps({"logLevel": "info", "features": ["search", "export"], "region": "eu-west-1"})) + "\n",
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-flags\ndata:\n  LOG_LEVEL: " + b64s("info") + "\n  REGION: " + b64s("eu-west-1") + "\n",
        "{\n  \"auths\": {\n    \"ghcr.io\": {}\n  },\n  \"credsStore\": \"desktop\",\n  \"currentContext\": \"desktop-linux\"\n}\n",
        "OTEL_RESOURCE_ATTRIBUTES_B64=" + b64s("service.name=orders,deployment.environment=prod") + "\n",
        "session cookie settings: SESSION_COOKIE_SECURE=True SESSION_COOKIE_HTTPONLY=True SESSION_COOKIE_SAMESITE=Lax\n",
    ]
    for t in negs:
        add("negative/secret", t if isinstance(t, list) else [t])
    return out


def records_r2(g):  # noqa: C901 - one flat list of cases reads best
    """Second round of batch 8 (source prefix "b8r2/"): the same wrappers in shapes the
    first round did not draw, written after the first draft of rules for batch 8 and
    measured against it (see the module docstring)."""
    R, rs, pick, nd, S = g.R, g.rs, g.pick, g.nd, g.S
    ALNUM, HEX, B64, B64URL, LOWALNUM, UPALNUM = g.ALNUM, g.HEX, g.B64, g.B64URL, g.LOWALNUM, g.UPALNUM
    out: list[tuple[str, list]] = []

    def add(src, segs):
        out.append(("b8r2/" + (src if src.startswith("negative/") else "secret/" + src), segs))

    def uuid() -> str:
        return g.uuid4()

    def b64s(s: str) -> str:
        return g.b64(s.encode())

    WORDS = ["Tango", "Maple", "River", "Falcon", "Copper", "Violet", "Orbit", "Cedar", "Amber", "Nimbus",
             "Quartz", "Harbor", "Lantern", "Saffron", "Glacier", "Pepper", "Juniper", "Marble"]
    SYM = "!#%*+-=?^_"

    def pw(style: str | None = None) -> str:
        style = style or pick(["words", "rand", "rand", "alnum", "phrase"])
        if style == "words":
            return pick(WORDS) + pick(WORDS).lower() + str(R.randint(10, 9999)) + pick("!#%*?")
        if style == "phrase":
            return pick(["-", ".", "_", " "]).join(pick(WORDS).lower() for _ in range(R.randint(3, 4))) + pick(["", "-" + nd(2), nd(3)])
        if style == "alnum":
            return rs(R.randint(20, 32), ALNUM)
        if style == "uri":
            return rs(R.randint(14, 24), ALNUM + "-_.~!*")
        while True:
            s = rs(R.randint(14, 24), ALNUM + SYM)
            if any(c in SYM for c in s) and any(c.isdigit() for c in s):
                return s

    # ---------------------------------------------------------------- credential files
    kid, sec, tok = "ASIA" + rs(16, g.BASE32), g.aws_secret(), g.aws_session_token()
    add("aws_credential_process", ["$ aws-vault exec prod --json\n{\n  \"Version\": 1,\n  \"AccessKeyId\": \"", S(kid, "aws_access_key_id"), "\",\n  \"SecretAccessKey\": \"", S(sec, "aws_secret_access_key"),
                                   "\",\n  \"SessionToken\": \"", S(tok, "aws_session_token"), "\",\n  \"Expiration\": \"2026-05-01T12:00:00Z\"\n}\n"])
    add("npmrc", ["; legacy token from 2019, still works\n//registry.npmjs.org/:_authToken=", S(uuid(), "npm_token"), "\n"])
    add("yarnrc", ["# .yarnrc (yarn 1)\nregistry \"https://npm.acme.io/\"\n\"//npm.acme.io/:_authToken\" \"", S(rs(64, HEX), "npm_token"), "\"\n"])
    add("netrc", ["machine smtp.acme.io login mailer password \"", S(pw(), "password"), "\"\n"])
    add("docker_config", ["{\n  \"auths\": {\n    \"acmeprod.azurecr.io\": {\n      \"auth\": \"" + b64s("00000000-0000-0000-0000-000000000000:") + "\",\n      \"identitytoken\": \"",
                          S(g.jwt_token(alg="RS256"), "acr_refresh_token"), "\"\n    }\n  }\n}\n"])
    add("kubeconfig", ["users:\n- name: do-fra1-prod-admin\n  user:\n    token: ", S("dop_v1_" + rs(64, HEX), "digitalocean_token"), "\n"])
    add("kubeconfig", ["    exec:\n      command: vault-k8s-login\n      env:\n      - name: VAULT_TOKEN\n        value: ", S("hvs." + rs(90, B64URL), "vault_token"), "\n"])
    add("git_credentials", ["https://jdoe:", S(urllib.parse.quote(pw(), safe=""), "password"), "@git.acme-corp.net\n"])
    add("maven_settings", ["<server>\n  <id>deploy-ssh</id>\n  <username>deploy</username>\n  <privateKey>${user.home}/.ssh/id_rsa</privateKey>\n  <passphrase>", S(pw(), "password"), "</passphrase>\n</server>\n"])
    add("nuget_cli", ["dotnet nuget add source https://nuget.acme.io/v3/index.json -n acme -u build -p ", S(pw(), "password"), " --store-password-in-clear-text\n"])
    add("gradle_properties", ["systemProp.https.proxyHost=proxy.acme.io\nsystemProp.https.proxyUser=svc_build\nsystemProp.https.proxyPassword=", S(pw(), "password"), "\ngpr.key=", S(g.github_token("ghp"), "github_pat_classic"), "\n"])
    add("tfvars", ["db_credentials = {\n  username = \"app\"\n  password = \"", S(pw(), "password"), "\"\n}\n"])
    add("tf_env", ["export TF_VAR_admin_password='", S(pw(), "password"), "'\nterraform apply -auto-approve\n"])
    add("ansible_inventory", ["[web]\nweb1.acme.io ansible_user=deploy ansible_password=", S(pw(), "password"), " ansible_become_pass=", S(pw(), "password"), "\n"])
    add("helm_cli", ["helm install pg bitnami/postgresql --set-string auth.postgresPassword=", S(pw(), "password"), " --set auth.database=orders\n"])
    add("gitlab_ci", ["variables: { AWS_DEFAULT_REGION: eu-west-1, AWS_SECRET_ACCESS_KEY: \"", S(g.aws_secret(), "aws_secret_access_key"), "\" }\n"])
    add("docker_compose", ["  redis:\n    image: redis:7\n    command: redis-server --appendonly yes --requirepass ", S(pw("alnum"), "password"), "\n"])
    add("systemd", ["[Service]\nEnvironment=AWS_ACCESS_KEY_ID=", S("AKIA" + rs(16, g.BASE32), "aws_access_key_id"), " AWS_SECRET_ACCESS_KEY=", S(g.aws_secret(), "aws_secret_access_key"), "\n"])
    add("spring_properties", ["spring.kafka.properties.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\"orders\" password=\"", S(pw(), "password"), "\";\n"])
    add("rails_master_key", ["$ cat config/master.key\n", S(rs(32, HEX), "rails_master_key"), "\n"])
    add("wp_config", ["define('SECURE_AUTH_SALT', '", S(rs(64, ALNUM + "!#%*+-=?^_@:;,.|~[](){}"), "wordpress_salt"), "');\n"])
    add("appsettings", ["{\n  \"Smtp\": {\n    \"Host\": \"smtp.office365.com\",\n    \"Port\": 587,\n    \"User\": \"noreply\",\n    \"Password\": \"", S(pw(), "password"), "\"\n  },\n  \"Jwt\": {\n    \"Issuer\": \"acme\",\n    \"Key\": \"",
                        S(rs(48, B64), "jwt_signing_key"), "\"\n  }\n}\n"])

    # ---------------------------------------------------------------- connection strings
    add("uri", ["CLICKHOUSE_URL=clickhouse://default:", S(pw("uri"), "password"), "@ch.acme.io:8443/analytics?secure=true\n"])
    add("uri", ["engine = create_engine(\"snowflake://etl:", S(pw("uri"), "password"), "@acme-xy12345/warehouse/public?role=ETL\")\n"])
    add("uri", ["NEO4J_URI=neo4j+s://neo4j:", S(pw("uri"), "password"), "@" + rs(8, LOWALNUM) + ".databases.neo4j.io\n"])
    add("uri", ["EMAIL_URL=smtp+tls://mailer:", S(pw("uri"), "password"), "@smtp.acme.io:587\n"])
    add("sssd", ["[domain/acme.local]\nldap_uri = ldaps://ad.acme.local\nldap_default_bind_dn = CN=svc-sssd,OU=Service,DC=acme,DC=local\nldap_default_authtok = ", S(pw(), "password"), "\n"])
    add("nslcd", ["uri ldap://ldap.acme.io/\nbase dc=acme,dc=io\nbinddn cn=nslcd,dc=acme,dc=io\nbindpw ", S(pw(), "password"), "\n"])
    add("librdkafka", ["bootstrap.servers=kafka.acme.io:9094\nsecurity.protocol=SASL_SSL\nsasl.mechanisms=SCRAM-SHA-512\nsasl.username=orders\nsasl.password=", S(pw(), "password"), "\n"])

    # ---------------------------------------------------------------- Kubernetes
    add("k8s_secret", ["apiVersion: v1\nkind: Secret\nmetadata:\n  name: ldap-bind\ntype: kubernetes.io/basic-auth\ndata:\n  username: " + b64s("svc-ldap") + "\n  password: ", S(b64s(pw()), "password_b64"), "\n"])
    add("k8s_secret", ["apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-config\nstringData:\n  config.yaml: |\n    database:\n      host: pg.acme.io\n      password: ", S(pw(), "password"), "\n"])
    add("k8s_secret", ["kubectl create secret docker-registry regcred --docker-server=registry.acme.io --docker-username=deploy --docker-password=", S(pw(), "password"), "\n"])

    # ---------------------------------------------------------------- keys
    k = g.private_key("rsa").replace("\n", "\\n")
    add("key_tfstate", ["      \"attributes\": {\n        \"algorithm\": \"RSA\",\n        \"private_key_pem\": \"", S(k, "private_key_rsa"), "\\n\",\n        \"rsa_bits\": 2048\n"])
    k = g.private_key("openssh").replace("\n", "\\n")
    add("key_yaml_quoted", ["deploy:\n  ssh_key: \"", S(k, "private_key_openssh"), "\\n\"\n"])
    add("key_js_template", ["const privateKey = `", S(g.private_key("pkcs8"), "private_key_pkcs8"), "`;\n"])

    # ---------------------------------------------------------------- splits
    t = g.slack_bot()
    add("split", ["token := \"", S(t[:5] + "\" + \"" + t[5:], "slack_bot_token"), "\"\n"])
    t = g.github_token("ghp")
    add("split", ["GH_TOKEN=\"", S(t[:4] + "\"\"" + t[4:], "github_pat_classic"), "\"\n"])
    p = pw("alnum")
    add("split", ["password = (\n    \"", S(p[:12] + "\"\n    \"" + p[12:], "password"), "\"\n)\n"])

    # ---------------------------------------------------------------- encodings, HTTP
    add("url_encoded", ["POST /oauth2/token HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&client_id=reports&client_secret=",
                        S(urllib.parse.quote(rs(30, B64) + "/+", safe=""), "oauth_client_secret"), "\n"])
    add("http_proxy_auth", ["CONNECT api.acme.io:443 HTTP/1.1\nProxy-Authorization: Basic ", S(b64s("proxyuser:" + pw()), "basic_auth"), "\n"])
    add("http_header", ["X-Auth-Token: ", S(rs(40, ALNUM), "api_token"), "\nAccept: application/json\n"])
    add("har", ["{\"name\": \"Authorization\", \"value\": \"Bearer ", S(rs(64, B64URL), "bearer_token"), "\"},\n{\"name\": \"Cookie\", \"value\": \"csrftoken=" + rs(32, ALNUM) + "; sessionid=", S(rs(32, LOWALNUM), "session_cookie"), "\"}\n"])
    add("requests_cookies", ["r = requests.get(url, cookies={\"sessionid\": \"", S(rs(32, LOWALNUM), "session_cookie"), "\"})\n"])

    # ---------------------------------------------------------------- command lines
    add("cli", ["curl -X POST https://auth.acme.io/login -d 'username=admin&password=", S(pw("uri"), "password"), "'\n"])
    add("cli", ["lftp -u deploy,", S(pw("uri"), "password"), " sftp://files.acme.io\n"])
    add("cli", ["mysqldump --user=backup --password=", S(pw(), "password"), " --all-databases > all.sql\n"])
    add("cli", ["git clone https://oauth2:", S("glpat-" + rs(20, B64URL), "gitlab_pat"), "@gitlab.acme.io/platform/infra.git\n"])
    add("cli", ["ssh-keygen -t ed25519 -N '", S(pw(), "password"), "' -f ~/.ssh/deploy_key\n"])

    # ---------------------------------------------------------------- logs
    add("log_python", ["DEBUG:root:session headers: {'User-Agent': 'python-requests/2.32.3', 'Authorization': 'Bearer ", S(rs(40, ALNUM), "bearer_token"), "'}\n"])
    add("log_java", ["INFO  c.a.orders.Config - loaded {db.url=jdbc:postgresql://pg.acme.io/orders, db.user=orders, db.password=", S(pw(), "password"), ", pool.size=10}\n"])
    add("log_node_env", ["> console.log(process.env)\n{\n  PATH: '/usr/local/bin:/usr/bin',\n  NODE_ENV: 'production',\n  DB_PASSWORD: '", S(pw(), "password"), "',\n  PORT: '3000'\n}\n"])

    # ---------------------------------------------------------------- chat
    add("chat_cs", ["Heslo k databázi je ", S(pw(), "password"), ", nikomu ho neposílej."])
    add("chat_hu", ["A jelszó a szerverhez: ", S(pw(), "password")])
    add("chat_fi", ["Tietokannan salasana on ", S(pw(), "password"), "."])
    add("chat_id", ["Kata sandi server produksi adalah ", S(pw(), "password"), ", jangan dibagikan."])
    add("chat_vi", ["Mật khẩu DB production là ", S(pw(), "password"), " nhé."])
    add("chat_uk", ["Пароль до бази: ", S(pw(), "password"), ", не пересилай."])
    add("chat_el", ["Ο κωδικός της βάσης είναι ", S(pw(), "password"), "."])
    add("chat_en", ["creds for the staging admin: admin / ", S(pw(), "password")])
    add("chat_en", ["pwd for prod db -> ", S(pw(), "password")])

    # ---------------------------------------------------------------- hard negatives
    negs = [
        "[2026-03-02 10:14:22,001: INFO/MainProcess] Connected to amqp://guest:**@rabbitmq:5672//\n",
        "spring.datasource.password=ENC(" + rs(44, B64) + ")\n",
        "apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: db\nspec:\n  encryptedData:\n    password: Ag" + rs(300, B64) + "\n",
        "echo \"$CI_REGISTRY_PASSWORD\" | docker login -u \"$CI_REGISTRY_USER\" --password-stdin \"$CI_REGISTRY\"\n",
        "docker run -d -p 8080:80 -e NGINX_HOST=acme.io nginx:1.27\n",
        "Cookie: csrftoken=" + rs(32, ALNUM) + "; _ga=GA1.1." + nd(9) + "." + nd(10) + "; django_language=en\n",
        "ssh-keygen -t ed25519 -N '' -f ~/.ssh/ci_key\n",
        "helm install pg bitnami/postgresql --set auth.existingSecret=orders-db-credentials\n",
        "mysqldump --user=backup --password --all-databases > all.sql   # prompts for the password\n",
        "password: !secret db_password\n",
        "Please choose a password like correct-horse-battery-staple: four random words are easier to remember.\n",
        "KAFKA_OPTS=-Djava.security.auth.login.config=/etc/kafka/jaas.conf\n",
    ]
    for t in negs:
        add("negative/secret", t if isinstance(t, list) else [t])
    return out

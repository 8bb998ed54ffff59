"""Fifth, blind batch for tests/data/secrets_pii_own.jsonl (imported by
gen_own_secrets_pii.py after batch 4, with the generator module passed in as `g` so the
same seeded RNG and helpers are used; appended after batch 4, so earlier ids and values
are unchanged).

Secrets: token formats of providers the first four batches did not draw, in the shapes
their documentation or consoles show (OpenAI admin keys, Hugging Face org tokens, AWS
Bedrock API keys, GitLab's other token families: deploy gldt-, pipeline trigger glptt-,
feed glft-, CI job glcbt-, incoming mail glimt-, agent glagent-, OAuth app secret gloas-;
Docker organisation tokens, Render, Deno Deploy, dbt Cloud, Contentful, Prefect,
Dynatrace, Shippo, EasyPost, Flutterwave, Brevo, Razorpay, Paystack, Mollie, Zoho,
Salesforce session ids, Meta Graph tokens, X bearer tokens, Login with Amazon client
secrets, Trello, Bitbucket app passwords, ClickUp, Tavily, Firecrawl, Jina, LlamaCloud,
E2B, Browserbase, Modal, Akamai EdgeGrid, kubeadm bootstrap tokens, Cloudflare tunnel
tokens, Bitwarden Secrets Manager access tokens, Teams / Google Chat / Mattermost / Make /
IFTTT webhooks, ngrok authtokens, Splunk HEC tokens, Aiven passwords, Yandex Cloud,
Alibaba, Tencent and Scaleway keys, Adyen, Plaid, Coinbase CDP keys, Alchemy and Infura
keys in RPC URLs, JFrog, Intercom) and keys without a prefix in their providers'
contexts (Fastly-Key header, RAILWAY_TOKEN, Auth0 / Keycloak client secrets, Zendesk
email/token, Linode, Hetzner, Vultr, Confluent, Travis, Snyk, Qdrant, Voyage, Datadog by
header, Plaid secret, Spotify / Box client secrets, Rollbar, Bugsnag, Pipedrive); private
keys as JSON strings with \\n escapes (OpenSSH, PGP, EC), a PuTTY .ppk file and a TLS key
in a Kubernetes manifest; passwords in Dockerfiles, GitHub Actions, Terraform, Oracle JDBC
thin URLs, logs, stack traces and chat. PII: national ids of countries not drawn before
(PH, MY, ID NIK, NG NIN, EG, SA, PK CNIC, BD, VN CCCD, CO, PE, UA, HU, SK, BG, LT, LV,
IS, LU, HK, AE, KZ, EC, IR, NZ IRD, AU Medicare, UK NHS, SI/RS, AT, GR AFM, JP residence
card and pension number) with their check digits where they have one, phone numbers with
extensions in many languages and parentheses, e-mails in mailto links, percent-encoded,
with +tags, upper case; cards split over lines and written with dots; IBANs in lower case
and with dashes; addresses of more countries; dates of birth in 18 languages; passports
and driving licences of more countries. Hard negatives: placeholders for the new
providers, public keys and certificates, documented test cards, tracking numbers, ISBNs,
IMEIs, ARNs, analytics ids, integrity hashes, IPFS CIDs, Solana transaction signatures,
invalid check digits. Every body is random.

Shapes not confirmed in official documentation when this was written, in the batch as
seen in use: the OpenAI admin key body, dbt Cloud dbtc_ length, Prefect pnu_ length,
Browserbase bb_live_ length, Jina, LlamaCloud and E2B lengths, the Bitwarden access-token
layout, the Adyen key layout, the Intercom token being base64 of "tok:...", Trello ATTA
length, Modal ak-/as- lengths.

First-sight figures, measured with corpus_check with the rules as they stood at 53ffcd7,
before any rule was changed for this batch:
    batch 5 alone (source prefix "b5/", 168 secret spans, 145 PII spans besides person
    names, 77 hard-negative records):
        secret: 152/168 found (recall 0.905), 1 false positive (a Flutterwave
                FLWSECK_TEST-SANDBOXDEMOKEY-X placeholder, read by generic-secret-assignment)
        pii:    76/145 (recall 0.524), 2 false positives (the documented test cards
                4111 1111 1111 1111 and Stripe's 5555 5555 5555 4444, in text that calls
                them test cards)
    whole own set (all five batches): secret 1141/1160 (0.984), 1 FP; pii 677/746 (0.908), 2 FP
    ../shared/corpus/dev.jsonl (score.py): secret P 1.000 R 1.000 (499/499, 0 FP);
        pii P 1.000 R 0.999 (1178/1179, 0 FP)
Misses at first sight: secret: E2B e2b_ key, an ngrok authtoken after `ngrok config add-authtoken`
(the one in ngrok.yml was found), a Splunk HEC token in an `Authorization: Splunk` header, Tencent AKID
secret id (its SecretKey was found), a Confluent API secret as a CLI argument, ClickUp
pk_ token, an Auth0 client_secret as a form parameter, `snyk auth <uuid>`, a Mollie live_
key in code, Alchemy and Infura keys in RPC URLs (3; Alchemy by variable name was
found), Mattermost, Make and IFTTT webhooks, a password in a pymysql.connect() call in a
traceback. Every other new prefix was found (OpenAI admin, HF org, Bedrock ABSK, the
GitLab families, Dynatrace, Contentful, Prefect, Shippo, EasyPost, Flutterwave, Brevo,
Zoho, Salesforce, Meta, X, LWA, Trello, Bitbucket, Cloudflare tunnel, Bitwarden, ...),
as were the private keys in JSON strings, the .ppk file and the Dockerfile / Actions /
Terraform / JDBC / chat passwords.
pii: 43 of the 45 national-id spans of the 37 new types (SK rodné číslo was found by the
CZ rule, IS kennitala by some rule); 2 phones (German "(0) 89 / ..." and "(0 30) ..."
layouts), 2 percent-encoded e-mails, 5 of 7 cards (written with dots (3), split over two
lines (2)), 6 of 8 IBANs (all with dashes or lower case without spaces), 3 of 8 addresses
(IN, FI, RO), 5 dates of birth (Indonesian, Vietnamese, Hungarian, Arabic and Turkish
labels), a Russian international passport "76 9492662", a US DL "501 285 585" and a
Japanese licence number.
The very first runs also showed generator mistakes, fixed before the figures above: three
GitHub tokens built with a doubled underscore (gho__), every date of birth drawn as the
same date, and the card layouts drawn at random so that no split card was drawn (each
layout is drawn now).

After the first-sight commit one generator mistake was corrected: the NZ IRD numbers were
drawn with a body of 8-9 digits (10-digit numbers outside the 10,000,000-150,000,000
range); the body is now 7-8 digits, so the number is 8 or 9 with its check digit.

Tuned figures, with the rules as of the commit that last changed this paragraph
(rulesets/pii.toml, section "fifth blind batch": sa-national-id, ae-emirates-id, hk-hkid,
kz-iin, lv-personas-kods, lu-matricule, bg-egn, hu-taj, hu-tax-id, ua-rnokpp, ec-cedula,
ir-national-code, nz-ird, au-medicare, uk-nhs, yu-jmbg, at-svnr, gr-afm, co-nit, id-nik,
eg-national-id, vn-cccd (check digits or date/region checks in
crates/aiguard-core/src/validate/ids_intl.rs), my-mykad, pk-cnic, bd-nid, ph-sss, ph-tin,
ph-philsys, ng-nin, pe-dni, jp-residence-card, jp-pension-number, co-cedula (shape and a
word for them only), iban-lowercase-compact, payment-card-dotted-or-broken (validator
card-loose), email-percent-encoded; changed: iban (groups joined by dashes),
phone-e164 (a slash between groups), phone-national-context ("(0 30)" area codes),
passport (Russian 2+7 layout, загранпаспорт), drivers-licence (3-3-3 digit groups,
運転免許), date-of-birth (Korean and Hungarian layouts, birth words in 11 more
languages), ee-isikukood ("a.k."), payment-card (allow Stripe's 5555 5555 5555 4444);
rulesets/secrets.toml, section "Fifth blind batch": e2b-api-key, clickup-personal-token,
tencent-cloud-secret-id, ngrok-authtoken, splunk-hec-token-header, mattermost-webhook,
make-webhook, ifttt-webhook-key, alchemy-rpc-url-key, infura-rpc-url-key,
snyk-auth-cli-token, oauth-client-secret-form-param, confluent-api-key-store,
mollie-api-key, code-kwarg-password-quoted):
    batch 5 alone (168 secret spans, 145 PII spans, 77 hard-negative records):
        secret 168/168 (1.000), 1 FP (the FLWSECK_TEST-SANDBOXDEMOKEY-X placeholder, left:
               generic-secret-assignment is shared by every batch);
        pii 141/145 (0.972), 1 FP (4111 1111 1111 1111 in a sentence calling it a test
               card: left, since tests/cases/scan_cases.toml expects that number found as
               a customer's card). Misses left: "(0 30) 10 00 640" after "Tel.:" in a
               sales-signature line, and the IN, FI and RO addresses.
    whole own set: secret 1157/1160 (0.997), 1 FP; pii 742/746 (0.995), 1 FP
    ../shared/corpus/dev.jsonl (score.py): secret P 1.000 R 1.000 (499/499, 0 FP);
        pii P 1.000 R 0.999 (1178/1179, 0 FP) (unchanged)
"""

from __future__ import annotations

import datetime
import json


def records(g):  # noqa: C901 - one flat list of cases reads best
    R, rs, pick, nd, S, PI = g.R, g.rs, g.pick, g.nd, g.S, g.PI
    ALNUM, HEX, B64, B64URL, LOWALNUM, UPALNUM, UPPER, DIGITS = (
        g.ALNUM, g.HEX, g.B64, g.B64URL, g.LOWALNUM, g.UPALNUM, g.UPPER, g.DIGITS)
    out: list[tuple[str, list]] = []

    def add(src, segs):
        out.append(("b5/" + src, segs))

    def cpw() -> str:
        return g.db_password()

    def pw() -> str:
        return g.password_value()

    def b64raw(n: int) -> str:
        return g.b64(bytes(R.getrandbits(8) for _ in range(n)))

    def person():
        return g.person()

    def esc(pem: str) -> str:
        return pem.replace("\n", "\\n") + "\\n"

    # ================================================================ AI providers
    add("secret/openai_admin", ["OPENAI_ADMIN_KEY=", S("sk-admin-" + rs(74, B64URL) + "T3BlbkFJ" + rs(74, B64URL), "openai_admin_key"), "\n"])
    add("secret/openai_admin", ["curl https://api.openai.com/v1/organization/audit_logs -H \"Authorization: Bearer ", S("sk-admin-" + rs(156, B64URL), "openai_admin_key"), "\" -H \"Content-Type: application/json\"\n"])
    add("secret/huggingface_org", ["HF_ORG_TOKEN=", S("api_org_" + rs(34, ALNUM), "huggingface_org_token"), "\n"])
    add("secret/huggingface_org", ["from huggingface_hub import HfApi\napi = HfApi(token=\"", S("api_org_" + rs(34, ALNUM), "huggingface_org_token"), "\")\n"])

    def bedrock():
        inner = "BedrockAPIKey-" + rs(4, LOWALNUM) + "-at-" + nd(12) + ":" + rs(44, B64)
        return "ABSK" + g.b64(inner.encode())
    add("secret/aws_bedrock", ["export AWS_BEARER_TOKEN_BEDROCK=", S(bedrock(), "aws_bedrock_api_key"), "\n"])
    add("secret/aws_bedrock", ["curl -X POST https://bedrock-runtime.us-east-1.amazonaws.com/model/anthropic.claude-3-5-sonnet-20240620-v1:0/converse -H \"Authorization: Bearer ", S(bedrock(), "aws_bedrock_api_key"), "\" -d @body.json\n"])
    add("secret/tavily", ["TAVILY_API_KEY=", S("tvly-" + rs(32, ALNUM), "tavily_api_key"), "\n"])
    add("secret/tavily", ["client = TavilyClient(api_key=\"", S("tvly-dev-" + rs(32, ALNUM), "tavily_api_key"), "\")\n"])
    add("secret/firecrawl", ["app = FirecrawlApp(api_key=\"", S("fc-" + rs(32, HEX), "firecrawl_api_key"), "\")\n"])
    add("secret/firecrawl", ["FIRECRAWL_API_KEY=", S("fc-" + rs(32, HEX), "firecrawl_api_key"), "\n"])
    add("secret/jina", ["curl https://r.jina.ai/https://example.com -H \"Authorization: Bearer ", S("jina_" + rs(60, ALNUM), "jina_api_key"), "\"\n"])
    add("secret/llamacloud", ["LLAMA_CLOUD_API_KEY=", S("llx-" + rs(48, ALNUM), "llamacloud_api_key"), "\n"])
    add("secret/llamacloud", ["parser = LlamaParse(api_key=\"", S("llx-" + rs(48, ALNUM), "llamacloud_api_key"), "\", result_type=\"markdown\")\n"])
    add("secret/e2b", ["E2B_API_KEY=", S("e2b_" + rs(40, HEX), "e2b_api_key"), "\n"])
    add("secret/browserbase", ["BROWSERBASE_API_KEY=", S("bb_live_" + rs(27, B64URL), "browserbase_api_key"), "\nBROWSERBASE_PROJECT_ID=" + g.uuid4() + "\n"])
    add("secret/modal", ["modal token set --token-id ak-" + rs(22, ALNUM) + " --token-secret ", S("as-" + rs(22, ALNUM), "modal_token_secret"), "\n"])
    add("secret/modal", ["[default]\ntoken_id = \"ak-" + rs(22, ALNUM) + "\"\ntoken_secret = \"", S("as-" + rs(22, ALNUM), "modal_token_secret"), "\"\n"])
    add("secret/voyage", ["VOYAGE_API_KEY=", S("pa-" + rs(43, B64URL), "voyage_api_key"), "\n"])
    add("secret/qdrant", ["client = QdrantClient(url=\"https://" + g.uuid4() + ".eu-central-1-0.aws.cloud.qdrant.io:6333\", api_key=\"", S(rs(40, B64URL) + "_" + rs(14, B64URL), "qdrant_api_key"), "\")\n"])
    add("secret/qdrant", ["QDRANT_API_KEY=", S(rs(54, B64URL), "qdrant_api_key"), "\n"])

    # ================================================================ GitLab token families, registries
    for pre_, n, alpha, pre, post in [
        ("gldt-", 20, B64URL, "git clone https://gitlab+deploy-token-" + nd(6) + ":", "@gitlab.com/acme/platform/infra.git\n"),
        ("gldt-", 20, B64URL, "CI_DEPLOY_PASSWORD=", "\n"),
        ("glptt-", 40, HEX, "curl -X POST --fail -F token=", " -F ref=main https://gitlab.com/api/v4/projects/" + nd(8) + "/trigger/pipeline\n"),
        ("glft-", 20, B64URL, "https://gitlab.com/acme/platform/-/issues.atom?feed_token=", "&state=opened\n"),
        ("glcbt-", 20, B64URL, "CI_JOB_TOKEN=", "\n"),
        ("glimt-", 25, LOWALNUM, "incoming+acme-platform-" + nd(8) + "-", "-issue@incoming.gitlab.com\n"),
        ("glagent-", 50, B64URL, "helm upgrade --install gitlab-agent gitlab/gitlab-agent --set config.token=", " --set config.kasAddress=wss://kas.gitlab.com\n"),
        ("gloas-", 64, HEX, "OAUTH_CLIENT_SECRET=", "\n"),
    ]:
        body = rs(n, alpha)
        if pre_ == "glcbt-":
            body = rs(2, HEX) + "_" + body
        add("secret/gitlab_tokens", [pre, S(pre_ + body, "gitlab_token"), post])
    add("secret/docker_org", ["echo \"", S("dckr_oat_" + rs(32, B64URL), "docker_hub_token"), "\" | docker login -u acmeorg --password-stdin\n"])
    add("secret/jfrog", ["ARTIFACTORY_ACCESS_TOKEN=", S("cmVmdGtuOjAxOjE3" + rs(48, ALNUM), "jfrog_reference_token"), "\n"])
    add("secret/jfrog", ["curl -H \"X-JFrog-Art-Api: ", S("AKCp8" + rs(68, ALNUM), "jfrog_api_key"), "\" -T app.jar https://acme.jfrog.io/artifactory/libs-release/app.jar\n"])
    add("secret/jfrog", ["jf config add acme --url=https://acme.jfrog.io --user=ci --access-token=", S("eyJ2ZXIiOiIyIiwidHlwIjoiSldUIiwiYWxnIjoiUlMyNTYiLCJraWQiOiI" + rs(40, B64URL) + "." + rs(300, B64URL) + "." + rs(342, B64URL), "jfrog_access_token"), " --interactive=false\n"])
    add("secret/npmrc", ["@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=", S(g.github_token("ghp"), "github_token"), "\n"])
    add("secret/npmrc", ["registry=https://acme.jfrog.io/artifactory/api/npm/npm/\n//acme.jfrog.io/artifactory/api/npm/npm/:_password=", S(g.b64(cpw().encode()), "npm_password"), "\n//acme.jfrog.io/artifactory/api/npm/npm/:username=ci\n"])
    add("secret/git_credential", ["git remote set-url origin https://x-access-token:", S(g.github_token("ghs"), "github_token"), "@github.com/acme/api.git\n"])

    # ================================================================ hosting, edge, infra
    add("secret/render", ["RENDER_API_KEY=", S("rnd_" + rs(32, ALNUM), "render_api_key"), "\n"])
    add("secret/render", ["curl --request GET --url 'https://api.render.com/v1/services?limit=20' --header 'Authorization: Bearer ", S("rnd_" + rs(32, ALNUM), "render_api_key"), "'\n"])
    add("secret/deno", ["deployctl deploy --project=acme-api --token=", S("ddp_" + rs(36, ALNUM), "deno_deploy_token"), " main.ts\n"])
    add("secret/deno", ["DENO_DEPLOY_TOKEN=", S("ddp_" + rs(36, ALNUM), "deno_deploy_token"), "\n"])
    add("secret/fastly", ["curl -X POST -H \"Fastly-Key: ", S(rs(32, B64URL), "fastly_api_token"), "\" https://api.fastly.com/service/" + rs(22, ALNUM) + "/purge_all\n"])
    add("secret/fastly", ["export FASTLY_API_TOKEN=", S(rs(32, B64URL), "fastly_api_token"), "\n"])
    add("secret/railway", ["RAILWAY_TOKEN=", S(g.uuid4(), "railway_token"), " railway up --service api\n"])
    add("secret/railway", ["      - run: railway up --service web\n        env:\n          RAILWAY_API_TOKEN: ", S(g.uuid4(), "railway_token"), "\n"])
    add("secret/dynatrace", ["DT_API_TOKEN=", S("dt0c01." + rs(24, UPALNUM) + "." + rs(64, UPALNUM), "dynatrace_token"), "\n"])
    add("secret/dynatrace", ["curl -X GET \"https://abc" + nd(5) + ".live.dynatrace.com/api/v2/metrics\" -H \"Authorization: Api-Token ", S("dt0c01." + rs(24, UPALNUM) + "." + rs(64, UPALNUM), "dynatrace_token"), "\"\n"])
    add("secret/akamai", ["[default]\nclient_secret = ", S(b64raw(32), "akamai_client_secret"), "\nhost = akab-" + rs(16, LOWALNUM) + "-" + rs(16, LOWALNUM) + ".luna.akamaiapis.net\naccess_token = ",
                          S("akab-" + rs(16, LOWALNUM) + "-" + rs(16, LOWALNUM), "akamai_access_token"), "\nclient_token = ", S("akab-" + rs(16, LOWALNUM) + "-" + rs(16, LOWALNUM), "akamai_client_token"), "\n"])
    add("secret/kubeadm", ["kubeadm join cp.k8s.internal:6443 --token ", S(rs(6, LOWALNUM) + "." + rs(16, LOWALNUM), "kubeadm_bootstrap_token"), " --discovery-token-ca-cert-hash sha256:" + rs(64, HEX) + "\n"])

    def cf_tunnel():
        d = {"a": rs(32, HEX), "t": g.uuid4(), "s": b64raw(32)}
        return g.b64(json.dumps(d, separators=(",", ":")).encode()).rstrip("=")
    add("secret/cloudflare_tunnel", ["docker run cloudflare/cloudflared:latest tunnel --no-autoupdate run --token ", S(cf_tunnel(), "cloudflare_tunnel_token"), "\n"])
    add("secret/cloudflare_tunnel", ["TUNNEL_TOKEN=", S(cf_tunnel(), "cloudflare_tunnel_token"), "\n"])
    add("secret/bitwarden", ["BWS_ACCESS_TOKEN=", S("0." + g.uuid4() + "." + rs(30, ALNUM) + ":" + b64raw(16), "bitwarden_access_token"), "\n"])
    add("secret/ngrok", ["ngrok config add-authtoken ", S("2" + rs(26, ALNUM) + "_" + rs(21, ALNUM), "ngrok_authtoken"), "\n"])
    add("secret/ngrok", ["version: \"2\"\nauthtoken: ", S("2" + rs(26, ALNUM) + "_" + rs(21, ALNUM), "ngrok_authtoken"), "\ntunnels:\n  web:\n    proto: http\n    addr: 8080\n"])
    add("secret/splunk", ["curl -k https://splunk.acme.io:8088/services/collector/event -H \"Authorization: Splunk ", S(g.uuid4(), "splunk_hec_token"), "\" -d '{\"event\": \"deploy finished\"}'\n"])
    add("secret/splunk", ["[http://app_logs]\ndisabled = 0\ntoken = ", S(g.uuid4().upper(), "splunk_hec_token"), "\nindex = app\n"])
    add("secret/linode", ["LINODE_TOKEN=", S(rs(64, HEX), "linode_token"), "\n"])
    add("secret/hetzner", ["provider \"hcloud\" {\n  token = \"", S(rs(64, ALNUM), "hetzner_token"), "\"\n}\n"])
    add("secret/hetzner", ["hcloud context create prod  # token: ", S(rs(64, ALNUM), "hetzner_token"), "\n"])
    add("secret/vultr", ["export VULTR_API_KEY=", S(rs(36, UPALNUM), "vultr_api_key"), "\n"])
    add("secret/yandex", ["YC_API_KEY=", S("AQVN" + rs(36, B64URL), "yandex_api_key"), "\n"])
    add("secret/yandex", ["curl -H \"Authorization: Api-Key ", S("AQVN" + rs(36, B64URL), "yandex_api_key"), "\" https://llm.api.cloud.yandex.net/foundationModels/v1/completion\n"])
    add("secret/alibaba", ["ALIBABA_CLOUD_ACCESS_KEY_ID=", S("LTAI5t" + rs(18, ALNUM), "alibaba_access_key_id"), "\nALIBABA_CLOUD_ACCESS_KEY_SECRET=", S(rs(30, ALNUM), "alibaba_access_key_secret"), "\n"])
    add("secret/alibaba", ["aliyun configure set --mode AK --access-key-id ", S("LTAI5t" + rs(18, ALNUM), "alibaba_access_key_id"), " --access-key-secret ", S(rs(30, ALNUM), "alibaba_access_key_secret"), " --region cn-hangzhou\n"])
    add("secret/tencent", ["TENCENTCLOUD_SECRET_ID=", S("AKID" + rs(32, ALNUM), "tencent_secret_id"), "\nTENCENTCLOUD_SECRET_KEY=", S(rs(32, ALNUM), "tencent_secret_key"), "\n"])
    add("secret/scaleway", ["SCW_ACCESS_KEY=", S("SCW" + rs(17, UPALNUM), "scaleway_access_key"), "\nSCW_SECRET_KEY=", S(g.uuid4(), "scaleway_secret_key"), "\nSCW_DEFAULT_PROJECT_ID=" + g.uuid4() + "\n"])
    add("secret/aiven", ["DATABASE_URL=postgres://avnadmin:", S("AVNS_" + rs(19, B64URL), "aiven_password"), "@pg-acme-prod-acme.a.aivencloud.com:" + nd(5) + "/defaultdb?sslmode=require\n"])
    add("secret/aiven", ["kafka:\n  sasl_username: avnadmin\n  sasl_password: ", S("AVNS_" + rs(19, B64URL), "aiven_password"), "\n"])
    add("secret/confluent", ["sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username='" + rs(16, UPALNUM) + "' password='", S(rs(64, B64).replace("/", "+"), "confluent_api_secret"), "';\n"])
    add("secret/confluent", ["confluent api-key store " + rs(16, UPALNUM) + " ", S(rs(64, B64), "confluent_api_secret"), " --resource lkc-" + rs(5, LOWALNUM) + "\n"])

    # ================================================================ SaaS
    add("secret/contentful", ["CONTENTFUL_MANAGEMENT_TOKEN=", S("CFPAT-" + rs(43, B64URL), "contentful_pat"), "\n"])
    add("secret/contentful", ["contentful login --management-token ", S("CFPAT-" + rs(43, B64URL), "contentful_pat"), "\n"])
    add("secret/prefect", ["prefect cloud login -k ", S("pnu_" + rs(36, ALNUM), "prefect_api_key"), "\n"])
    add("secret/prefect", ["PREFECT_API_KEY=", S("pnu_" + rs(36, ALNUM), "prefect_api_key"), "\nPREFECT_API_URL=https://api.prefect.cloud/api/accounts/" + g.uuid4() + "/workspaces/" + g.uuid4() + "\n"])
    add("secret/dbt", ["DBT_CLOUD_API_TOKEN=", S("dbtc_" + rs(52, B64URL), "dbt_cloud_token"), "\n"])
    add("secret/zoho", ["curl \"https://www.zohoapis.eu/crm/v6/Leads\" -H \"Authorization: Zoho-oauthtoken ", S("1000." + rs(32, HEX) + "." + rs(32, HEX), "zoho_token"), "\"\n"])
    add("secret/zoho", ["{\"access_token\":\"", S("1000." + rs(32, HEX) + "." + rs(32, HEX), "zoho_token"), "\",\"refresh_token\":\"", S("1000." + rs(32, HEX) + "." + rs(32, HEX), "zoho_token"), "\",\"api_domain\":\"https://www.zohoapis.eu\",\"token_type\":\"Bearer\",\"expires_in\":3600}\n"])
    sf = lambda: "00D" + rs(12, ALNUM) + "!AQ" + rs(1, ALNUM) + "AQ" + rs(90, ALNUM + "._")
    add("secret/salesforce", ["sf org display\nAccess Token     ", S(sf(), "salesforce_access_token"), "\nInstance Url     https://acme.my.salesforce.com\n"])
    add("secret/salesforce", ["curl https://acme.my.salesforce.com/services/data/v61.0/sobjects/Account -H \"Authorization: Bearer ", S(sf(), "salesforce_access_token"), "\"\n"])
    add("secret/meta", ["FB_PAGE_ACCESS_TOKEN=", S("EAA" + pick("BGJI") + rs(180, ALNUM), "facebook_access_token"), "\n"])
    add("secret/meta", ["curl -X POST \"https://graph.facebook.com/v19.0/" + nd(15) + "/messages\" -H \"Authorization: Bearer ", S("EAA" + pick("BGJI") + rs(200, ALNUM), "facebook_access_token"), "\" -d @msg.json\n"])
    add("secret/twitter", ["TWITTER_BEARER_TOKEN=", S("A" * 22 + rs(24, ALNUM) + "%3D" + rs(50, ALNUM), "twitter_bearer_token"), "\n"])
    add("secret/twitter", ["client = tweepy.Client(bearer_token=\"", S("A" * 22 + rs(24, ALNUM) + "%2B" + rs(20, ALNUM) + "%3D" + rs(30, ALNUM), "twitter_bearer_token"), "\")\n"])
    add("secret/amazon_lwa", ["LWA_CLIENT_SECRET=", S("amzn1.oa2-cs.v1." + rs(64, HEX), "amazon_lwa_client_secret"), "\n"])
    add("secret/amazon_lwa", ["\"lwa_app_id\": \"amzn1.application-oa2-client." + rs(32, HEX) + "\",\n\"lwa_client_secret\": \"", S("amzn1.oa2-cs.v1." + rs(64, HEX), "amazon_lwa_client_secret"), "\",\n"])
    add("secret/trello", ["curl \"https://api.trello.com/1/members/me/boards?key=" + rs(32, HEX) + "&token=", S("ATTA" + rs(64, HEX) + rs(8, "0123456789ABCDEF"), "trello_token"), "\"\n"])
    add("secret/bitbucket", ["git clone https://acme-ci:", S("ATBB" + rs(28, ALNUM) + rs(8, "0123456789ABCDEF"), "bitbucket_app_password"), "@bitbucket.org/acme/api.git\n"])
    add("secret/bitbucket", ["BITBUCKET_APP_PASSWORD=", S("ATBB" + rs(28, ALNUM) + rs(8, "0123456789ABCDEF"), "bitbucket_app_password"), "\n"])
    add("secret/clickup", ["curl https://api.clickup.com/api/v2/team -H \"Authorization: ", S("pk_" + nd(8) + "_" + rs(32, UPALNUM), "clickup_token"), "\"\n"])
    add("secret/clickup", ["CLICKUP_API_TOKEN=", S("pk_" + nd(9) + "_" + rs(32, UPALNUM), "clickup_token"), "\n"])
    add("secret/intercom", ["INTERCOM_ACCESS_TOKEN=", S(g.b64(("tok:" + g.uuid4() + ":1:0").encode()), "intercom_token"), "\n"])
    em = g.email(person())
    add("secret/zendesk", ["curl https://acme.zendesk.com/api/v2/tickets.json -u ", PI(em, "email"), "/token:", S(rs(40, ALNUM), "zendesk_api_token"), "\n"])
    add("secret/zendesk", ["ZENDESK_API_TOKEN=", S(rs(40, ALNUM), "zendesk_api_token"), "\nZENDESK_SUBDOMAIN=acme\n"])
    add("secret/auth0", ["AUTH0_DOMAIN=acme.eu.auth0.com\nAUTH0_CLIENT_ID=" + rs(32, ALNUM) + "\nAUTH0_CLIENT_SECRET=", S(rs(64, B64URL), "auth0_client_secret"), "\n"])
    add("secret/auth0", ["curl --request POST --url https://acme.eu.auth0.com/oauth/token --data 'grant_type=client_credentials&client_id=" + rs(32, ALNUM) + "&client_secret=", S(rs(64, B64URL), "auth0_client_secret"), "&audience=https://api.acme.io'\n"])
    add("secret/keycloak", ["spring.security.oauth2.client.registration.keycloak.client-secret=", S(rs(32, ALNUM), "keycloak_client_secret"), "\n"])
    add("secret/keycloak", ["KC_CLIENT_SECRET=", S(rs(32, ALNUM), "keycloak_client_secret"), "\n"])
    add("secret/datadog", ["curl -X POST \"https://api.datadoghq.eu/api/v2/series\" -H \"DD-API-KEY: ", S(rs(32, HEX), "datadog_api_key"), "\" -H \"DD-APPLICATION-KEY: ", S(rs(40, HEX), "datadog_app_key"), "\" -d @series.json\n"])
    add("secret/datadog", ["datadog:\n  apiKey: ", S(rs(32, HEX), "datadog_api_key"), "\n  site: datadoghq.eu\n"])
    add("secret/snyk", ["snyk auth ", S(g.uuid4(), "snyk_token"), "\n"])
    add("secret/travis", ["curl -H \"Travis-API-Version: 3\" -H \"Authorization: token ", S(rs(22, ALNUM), "travis_token"), "\" https://api.travis-ci.com/repos\n"])
    add("secret/rollbar", ["Rollbar.init({ accessToken: \"", S(rs(32, HEX), "rollbar_token"), "\", environment: \"production\" }); // post_server_item\n"])
    add("secret/rollbar", ["ROLLBAR_ACCESS_TOKEN=", S(rs(32, HEX), "rollbar_token"), "\n"])
    add("secret/bugsnag", ["BUGSNAG_API_KEY=", S(rs(32, HEX), "bugsnag_api_key"), "\n"])
    add("secret/pipedrive", ["curl \"https://acme.pipedrive.com/api/v1/deals?api_token=", S(rs(40, HEX), "pipedrive_api_token"), "\"\n"])
    add("secret/spotify", ["SPOTIFY_CLIENT_ID=" + rs(32, HEX) + "\nSPOTIFY_CLIENT_SECRET=", S(rs(32, HEX), "spotify_client_secret"), "\n"])
    add("secret/box", ["{\n  \"boxAppSettings\": {\n    \"clientID\": \"" + rs(32, LOWALNUM) + "\",\n    \"clientSecret\": \"", S(rs(32, ALNUM), "box_client_secret"), "\",\n    \"appAuth\": {\"publicKeyID\": \"" + rs(8, LOWALNUM) + "\", \"passphrase\": \"", S(rs(32, HEX), "password"), "\"}\n  }\n}\n"])

    # ================================================================ payments and crypto infra
    add("secret/shippo", ["SHIPPO_API_TOKEN=", S("shippo_live_" + rs(40, HEX), "shippo_token"), "\n"])
    add("secret/shippo", ["curl https://api.goshippo.com/shipments/ -H \"Authorization: ShippoToken ", S("shippo_live_" + rs(40, HEX), "shippo_token"), "\"\n"])
    add("secret/easypost", ["client = easypost.EasyPostClient(\"", S("EZAK" + rs(54, HEX), "easypost_api_key"), "\")\n"])
    add("secret/flutterwave", ["FLW_SECRET_KEY=", S("FLWSECK-" + rs(32, HEX) + "-X", "flutterwave_secret_key"), "\n"])
    add("secret/flutterwave", ["const flw = new Flutterwave(PUBLIC_KEY, \"", S("FLWSECK_TEST-" + rs(32, HEX) + "-X", "flutterwave_secret_key"), "\");\n"])
    add("secret/brevo", ["BREVO_API_KEY=", S("xkeysib-" + rs(64, HEX) + "-" + rs(16, ALNUM), "brevo_api_key"), "\n"])
    add("secret/brevo", ["curl --request POST --url https://api.brevo.com/v3/smtp/email --header 'api-key: ", S("xkeysib-" + rs(64, HEX) + "-" + rs(16, ALNUM), "brevo_api_key"), "'\n"])
    add("secret/razorpay", ["RAZORPAY_KEY_ID=rzp_live_" + rs(14, ALNUM) + "\nRAZORPAY_KEY_SECRET=", S(rs(24, ALNUM), "razorpay_key_secret"), "\n"])
    add("secret/razorpay", ["client = razorpay.Client(auth=(\"rzp_live_" + rs(14, ALNUM) + "\", \"", S(rs(24, ALNUM), "razorpay_key_secret"), "\"))\n"])
    add("secret/paystack", ["PAYSTACK_SECRET_KEY=", S("sk_live_" + rs(40, HEX), "paystack_secret_key"), "\n"])
    add("secret/mollie", ["mollie = Client()\nmollie.set_api_key(\"", S("live_" + rs(30, ALNUM), "mollie_api_key"), "\")\n"])
    add("secret/mollie", ["MOLLIE_API_KEY=", S("live_" + rs(30, ALNUM), "mollie_api_key"), "\n"])
    adyen = lambda: "AQE" + rs(3, ALNUM) + "hmfxL" + rs(100, B64) + "=-" + rs(43, B64) + "=-" + rs(14, ALNUM + "<>[]{}")
    add("secret/adyen", ["ADYEN_API_KEY=", S(adyen(), "adyen_api_key"), "\n"])
    add("secret/adyen", ["curl https://checkout-test.adyen.com/v71/payments -H \"X-API-Key: ", S(adyen(), "adyen_api_key"), "\" -H \"Content-Type: application/json\" -d @pay.json\n"])
    add("secret/plaid", ["PLAID_CLIENT_ID=" + rs(24, HEX) + "\nPLAID_SECRET=", S(rs(30, HEX), "plaid_secret"), "\nPLAID_ENV=production\n"])
    add("secret/plaid", ["{\"access_token\": \"", S("access-production-" + g.uuid4(), "plaid_access_token"), "\", \"item_id\": \"" + rs(37, ALNUM) + "\", \"request_id\": \"" + rs(15, ALNUM) + "\"}\n"])
    cdp_key = g.private_key("ec").replace("EC PRIVATE KEY", "EC PRIVATE KEY")
    add("secret/coinbase", ["{\n   \"name\": \"organizations/" + g.uuid4() + "/apiKeys/" + g.uuid4() + "\",\n   \"privateKey\": \"", S(esc(cdp_key), "private_key"), "\"\n}\n"])
    add("secret/alchemy", ["const provider = new ethers.JsonRpcProvider(\"https://eth-mainnet.g.alchemy.com/v2/", S(rs(32, B64URL), "alchemy_api_key"), "\");\n"])
    add("secret/alchemy", ["ALCHEMY_API_KEY=", S(rs(32, B64URL), "alchemy_api_key"), "\n"])
    add("secret/infura", ["MAINNET_RPC_URL=https://mainnet.infura.io/v3/", S(rs(32, HEX), "infura_api_key"), "\n"])
    add("secret/infura", ["w3 = Web3(Web3.HTTPProvider(\"https://sepolia.infura.io/v3/", S(rs(32, HEX), "infura_api_key"), "\"))\n"])

    # ================================================================ webhooks
    teams = "https://acme.webhook.office.com/webhookb2/" + g.uuid4() + "@" + g.uuid4() + "/IncomingWebhook/" + rs(32, HEX) + "/" + g.uuid4() + "/V2" + rs(43, B64URL)
    add("secret/teams_webhook", ["TEAMS_WEBHOOK_URL=", S(teams, "teams_webhook"), "\n"])
    add("secret/teams_webhook", ["Invoke-RestMethod -Method Post -ContentType 'application/json' -Body $json -Uri '", S("https://acme.webhook.office.com/webhookb2/" + g.uuid4() + "@" + g.uuid4() + "/IncomingWebhook/" + rs(32, HEX) + "/" + g.uuid4(), "teams_webhook"), "'\n"])
    gchat = "https://chat.googleapis.com/v1/spaces/AAAA" + rs(7, B64URL) + "/messages?key=AIzaSyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI&token=" + rs(43, B64URL) + "%3D"
    add("secret/gchat_webhook", ["GOOGLE_CHAT_WEBHOOK=", S(gchat, "google_chat_webhook"), "\n"])
    add("secret/mattermost_webhook", ["curl -i -X POST -H 'Content-Type: application/json' -d '{\"text\": \"deploy done\"}' ", S("https://chat.acme.io/hooks/" + rs(26, LOWALNUM), "mattermost_webhook"), "\n"])
    add("secret/make_webhook", ["MAKE_WEBHOOK=", S("https://hook.eu1.make.com/" + rs(32, LOWALNUM), "make_webhook"), "\n"])
    add("secret/ifttt", ["requests.post(\"https://maker.ifttt.com/trigger/door_open/with/key/", S(rs(22, B64URL), "ifttt_key"), "\", json={\"value1\": \"front\"})\n"])

    # ================================================================ private keys in new wrappers
    add("secret/pk_json", ["{\"host\": \"bastion.acme.io\", \"user\": \"deploy\", \"ssh_private_key\": \"", S(esc(g.private_key("openssh")), "private_key"), "\"}\n"])
    add("secret/pk_json", ["{\n  \"signing\": {\n    \"armored_key\": \"", S(esc(g.private_key("pgp")), "private_key_pgp"), "\",\n    \"passphrase\": \"", S(pw().replace("\"", "").replace("\\", ""), "password"), "\"\n  }\n}\n"])
    add("secret/pk_json", ["  \"tls\": {\"cert\": \"-----BEGIN CERTIFICATE-----\\nMIIB" + rs(60, B64) + "\\n-----END CERTIFICATE-----\\n\", \"key\": \"", S(esc(g.private_key("pkcs8-ec")), "private_key"), "\"}\n"])
    ppk = ("PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy@ci\nPublic-Lines: 2\nAAAAC3NzaC1lZDI1NTE5AAAAI" + rs(43, B64) + "\n"
           + "Private-Lines: 1\n")
    ppk_priv = g.b64(b"\x00\x00\x00\x20" + bytes(R.getrandbits(8) for _ in range(32)))
    add("secret/ppk", [ppk, S(ppk_priv, "putty_private_key"), "\nPrivate-MAC: " + rs(64, HEX) + "\n"])
    tlskey = g.private_key("rsa").replace("\n", "\n    ")
    add("secret/k8s_tls", ["apiVersion: v1\nkind: Secret\nmetadata:\n  name: web-tls\ntype: kubernetes.io/tls\nstringData:\n  tls.key: |\n    ", S(tlskey, "private_key"), "\n"])
    add("secret/terraform_pk", ["resource \"tls_private_key\" \"imported\" {}\nlocals {\n  deploy_key = <<EOT\n", S(g.private_key("encrypted"), "private_key"), "\nEOT\n}\n"])

    # ================================================================ passwords in build files, logs and chat
    add("secret/dockerfile", ["FROM node:20-alpine\nARG NPM_TOKEN=", S("npm_" + rs(36, ALNUM), "npm_token"), "\nRUN echo \"//registry.npmjs.org/:_authToken=${NPM_TOKEN}\" > .npmrc && npm ci\n"])
    add("secret/dockerfile", ["FROM python:3.12-slim\nENV DJANGO_DB_PASSWORD=", S(cpw().replace(" ", ""), "password"), "\nENV DJANGO_DEBUG=0\n"])
    add("secret/gh_actions", ["      - uses: docker/login-action@v3\n        with:\n          registry: ghcr.io\n          username: acme-bot\n          password: ", S(g.github_token("ghp"), "github_token"), "\n"])
    add("secret/gh_actions", ["    services:\n      postgres:\n        image: postgres:16\n        env:\n          POSTGRES_PASSWORD: ", S(cpw(), "password"), "\n"])
    add("secret/terraform", ["resource \"aws_db_instance\" \"main\" {\n  engine   = \"postgres\"\n  username = \"dbadmin\"\n  password = \"", S(cpw().replace("\"", ""), "password"), "\"\n}\n"])
    add("secret/terraform", ["variable \"admin_password\" {\n  type      = string\n  default   = \"", S(pw().replace("\"", ""), "password"), "\"\n  sensitive = true\n}\n"])
    add("secret/jdbc", ["spring.datasource.url=jdbc:oracle:thin:app_user/", S(rs(14, ALNUM), "password"), "@//ora-prod.acme.io:1521/ORCLPDB1\n"])
    add("secret/jdbc", ["url = \"jdbc:sqlserver://sql01.acme.io:1433;databaseName=erp;user=erp_app;password=", S(cpw().replace(";", ""), "password"), ";encrypt=true\"\n"])
    add("secret/log", ["2026-03-14T09:12:44.812Z DEBUG http.client: POST https://api.acme.io/v1/login body={\"username\":\"svc-sync\",\"password\":\"", S(pw().replace("\"", ""), "password"), "\"}\n"])
    add("secret/log", ["[2026-03-14 09:12:45] worker.INFO: Connecting to SMTP smtp.sendgrid.net:587 as apikey with password ", S("SG." + rs(22, B64URL) + "." + rs(43, B64URL), "sendgrid_api_key"), "\n"])
    add("secret/trace", ["Traceback (most recent call last):\n  File \"/app/sync.py\", line 41, in <module>\n    conn = pymysql.connect(host=\"mysql.staging.acme.io\", user=\"etl\", password=\"", S(pw().replace("\"", ""), "password"),
                         "\")\npymysql.err.OperationalError: (1045, \"Access denied for user 'etl'@'", PI(g.ipv4(), "ipv4"), "' (using password: YES)\")\n"])
    add("secret/chat", ["here's the key: ", S("sk-proj-" + rs(74, B64URL) + "T3BlbkFJ" + rs(74, B64URL), "openai_project_key"), " - don't commit it pls"])
    add("secret/chat", ["hey can you check why this fails? my token is ", S(rs(40, ALNUM), "api_token"), " and the endpoint is /v2/orders"])
    add("secret/chat", ["ok the new wifi pw is ", S(rs(12, ALNUM) + pick("!#$%"), "password"), " (same SSID)"])
    add("secret/chat", ["Use these creds for staging: user `qa-admin` pass `", S(pw().replace("`", ""), "password"), "`"])
    add("secret/gradle", ["signing.keyId=" + rs(8, "0123456789ABCDEF") + "\nsigning.password=", S(pw(), "password"), "\nsigning.secretKeyRingFile=/home/ci/.gnupg/secring.gpg\nossrhPassword=", S(pw(), "password"), "\n"])
    add("secret/composer", ["{\n  \"http-basic\": {\n    \"repo.packagist.com\": {\"username\": \"token\", \"password\": \"", S(rs(40, HEX), "password"), "\"}\n  },\n  \"github-oauth\": {\"github.com\": \"", S(g.github_token("gho"), "github_token"), "\"}\n}\n"])
    add("secret/docker_config", ["{\n  \"auths\": {\n    \"ghcr.io\": {\n      \"auth\": \"", S(g.b64(("acme-bot:" + g.github_token("ghp")).encode()), "docker_auth"), "\"\n    }\n  }\n}\n"])

    # ================================================================ PII: national ids, new countries
    def luhn(partial):
        return g.luhn_complete(partial)

    def verhoeff(num):
        c = 0
        for i, ch in enumerate(reversed(num)):
            c = g.VD[c][g.VP[(i + 1) % 8][int(ch)]]
        return str(g.VINV[c])

    def ymd(y0=1950, y1=2004):
        return datetime.date(R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28))

    def sa_id():
        return luhn(pick("12") + nd(8))

    def ae_eid():
        x = luhn("784" + str(R.randint(1970, 2004)) + nd(7))
        return f"{x[:3]}-{x[3:7]}-{x[7:14]}-{x[14]}"

    def hk_id():
        L = pick(UPPER)
        d = nd(6)
        s = 9 * 36 + 8 * (ord(L) - 55) + sum(int(c) * w for c, w in zip(d, [7, 6, 5, 4, 3, 2]))
        r = (11 - s % 11) % 11
        c = "A" if r == 10 else str(r)
        return pick([f"{L}{d}({c})", f"{L}{d}{c}"])

    def kz_iin():
        while True:
            dt = ymd()
            b = dt.strftime("%y%m%d") + pick("3456" if dt.year < 2000 else "56") + nd(4)
            b = dt.strftime("%y%m%d") + ("3" if dt.year < 2000 else "5") + nd(4)
            r = sum(int(c) * w for c, w in zip(b, range(1, 12))) % 11
            if r == 10:
                r = sum(int(c) * w for c, w in zip(b, [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2])) % 11
            if r != 10:
                return b + str(r)

    def lt_ak():
        while True:
            dt = ymd()
            b = pick("34") + dt.strftime("%y%m%d") + nd(3)
            r = sum(int(c) * w for c, w in zip(b, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1])) % 11
            if r == 10:
                r = sum(int(c) * w for c, w in zip(b, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3])) % 11
                r = 0 if r == 10 else r
            return b + str(r)

    def lv_pk():
        while True:
            dt = ymd()
            b = dt.strftime("%d%m%y") + ("1" if dt.year < 2000 else "2") + nd(3)
            x = (1101 - sum(int(c) * w for c, w in zip(b, [1, 6, 3, 7, 9, 10, 5, 8, 4, 2]))) % 11
            if x < 10:
                return b[:6] + "-" + b[6:] + str(x)

    def is_kt():
        while True:
            dt = ymd()
            b = dt.strftime("%d%m%y") + f"{R.randint(20, 99):02d}"
            r = 11 - sum(int(c) * w for c, w in zip(b, [3, 2, 7, 6, 5, 4, 3, 2])) % 11
            if r == 11:
                r = 0
            if r < 10:
                return b[:6] + "-" + b[6:] + str(r) + ("9" if dt.year < 2000 else "0")

    def lu_matricule():
        b = ymd().strftime("%Y%m%d") + nd(3)
        return b + luhn(b)[-1] + verhoeff(b)

    def bg_egn():
        while True:
            dt = ymd()
            m = dt.month + (40 if dt.year >= 2000 else 0)
            b = f"{dt.year % 100:02d}{m:02d}{dt.day:02d}" + nd(3)
            r = sum(int(c) * w for c, w in zip(b, [2, 4, 8, 5, 10, 9, 7, 3, 6])) % 11
            return b + str(0 if r == 10 else r)

    def sk_rc():
        while True:
            dt = ymd()
            m = dt.month + pick([0, 50])
            b = f"{dt.year % 100:02d}{m:02d}{dt.day:02d}" + nd(3)
            c = int(b) % 11
            if c < 10:
                return pick([b[:6] + "/" + b[6:] + str(c), b + str(c)])

    def hu_taj():
        b = nd(8)
        c = sum(int(d) * (3 if i % 2 == 0 else 7) for i, d in enumerate(b)) % 10
        x = b + str(c)
        return pick([f"{x[:3]} {x[3:6]} {x[6:]}", f"{x[:3]}-{x[3:6]}-{x[6:]}", x])

    def hu_adoszam():
        while True:
            days = (ymd() - datetime.date(1867, 1, 1)).days
            b = "8" + f"{days:05d}" + nd(3)
            r = sum(int(c) * (i + 1) for i, c in enumerate(b)) % 11
            if r < 10:
                return b + str(r)

    def ua_rnokpp():
        days = (ymd() - datetime.date(1899, 12, 31)).days
        b = f"{days:05d}" + nd(4)
        c = (sum(int(d) * w for d, w in zip(b, [-1, 5, 7, 9, 4, 6, 10, 5, 7])) % 11) % 10
        return b + str(c)

    def ec_cedula():
        b = f"{R.randint(1, 24):02d}" + str(R.randint(0, 5)) + nd(6)
        s = 0
        for i, d in enumerate(b):
            v = int(d) * (2 if i % 2 == 0 else 1)
            s += v - 9 if v > 9 else v
        return b + str((10 - s % 10) % 10)

    def ir_code():
        while True:
            b = nd(9)
            if len(set(b)) < 3:
                continue
            r = sum(int(c) * (10 - i) for i, c in enumerate(b)) % 11
            x = b + str(r if r < 2 else 11 - r)
            return pick([x, f"{x[:3]}-{x[3:9]}-{x[9]}"])

    def nz_ird():
        while True:
            n = R.randint(1_000_000, 14_999_999)
            b = f"{n:08d}"
            r = 11 - sum(int(c) * w for c, w in zip(b, [3, 2, 7, 6, 5, 4, 3, 2])) % 11
            r = 0 if r == 11 else r
            if r == 10:
                r = 11 - sum(int(c) * w for c, w in zip(b, [7, 4, 3, 2, 5, 2, 7, 6])) % 11
                r = 0 if r == 11 else r
            if r < 10:
                x = (b + str(r)).lstrip("0")
                return f"{x[:3]}-{x[3:6]}-{x[6:]}" if len(x) == 9 else x

    def au_medicare():
        b = str(R.randint(2, 6)) + nd(7)
        c = sum(int(d) * w for d, w in zip(b, [1, 3, 7, 9, 1, 3, 7, 9])) % 10
        x = b + str(c) + str(R.randint(1, 9))
        return pick([f"{x[:4]} {x[4:9]} {x[9]}", x])

    def uk_nhs():
        while True:
            b = nd(9)
            c = 11 - sum(int(d) * w for d, w in zip(b, range(10, 1, -1))) % 11
            c = 0 if c == 11 else c
            if c < 10:
                x = b + str(c)
                return pick([f"{x[:3]} {x[3:6]} {x[6:]}", f"{x[:3]}-{x[3:6]}-{x[6:]}"])

    def jmbg(region):
        while True:
            dt = ymd()
            b = dt.strftime("%d%m") + f"{dt.year % 1000:03d}" + region + nd(3)
            m = 11 - sum(int(c) * w for c, w in zip(b, [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
            m = 0 if m == 11 else m
            if m < 10:
                return b + str(m)

    def at_svnr():
        while True:
            dt = ymd()
            serial = str(R.randint(1, 9)) + nd(2)
            b = serial + "0" + dt.strftime("%d%m%y")
            c = sum(int(d) * w for d, w in zip(b, [3, 7, 9, 0, 5, 8, 4, 2, 1, 6])) % 11
            if c < 10:
                x = serial + str(c) + dt.strftime("%d%m%y")
                return pick([x, x[:4] + " " + x[4:]])

    def gr_afm():
        b = pick("01") + nd(7)
        b = pick(["0", "1"]) + nd(7)
        c = (sum(int(d) * 2 ** (8 - i) for i, d in enumerate(b)) % 11) % 10
        return b + str(c)

    def co_nit():
        b = str(R.randint(800_000_000, 999_999_999))
        w = [3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71]
        s = sum(int(d) * w[i] for i, d in enumerate(reversed(b)))
        r = s % 11
        dv = r if r < 2 else 11 - r
        return f"{b[:3]}.{b[3:6]}.{b[6:]}-{dv}"

    def co_cc():
        n = R.randint(10_000_000, 1_299_999_999)
        return pick([f"{n:,}".replace(",", "."), str(n)])

    def my_mykad():
        dt = ymd()
        return dt.strftime("%y%m%d") + "-" + f"{R.randint(1, 16):02d}" + "-" + nd(4)

    def id_nik():
        dt = ymd()
        day = dt.day + pick([0, 40])
        return f"{R.randint(11, 94):02d}{R.randint(1, 79):02d}{R.randint(1, 40):02d}{day:02d}{dt.month:02d}{dt.year % 100:02d}{R.randint(1, 999):04d}"

    def eg_nid():
        dt = ymd()
        return ("2" if dt.year < 2000 else "3") + dt.strftime("%y%m%d") + f"{R.randint(1, 35):02d}" + nd(4) + str(R.randint(1, 9))

    def pk_cnic():
        return f"{R.randint(11, 74)}{nd(3)}-{nd(7)}-{R.randint(1, 9)}"

    def bd_nid():
        return pick([nd(10), str(R.randint(1960, 2004)) + nd(13)])

    def vn_cccd():
        dt = ymd()
        return f"0{R.randint(1, 96):02d}" + ("0" if dt.year < 2000 else "2") + pick("01") * 0 + f"{dt.year % 100:02d}" + nd(6)

    def ph_sss():
        return f"{R.randint(1, 34):02d}-{nd(7)}-{nd(1)}"

    def ph_tin():
        return f"{nd(3)}-{nd(3)}-{nd(3)}-{pick(['000', '00000'])}"

    def ph_psn():
        return f"{nd(4)}-{nd(4)}-{nd(4)}-{nd(4)}"

    def ng_nin():
        return str(R.randint(10**10, 10**11 - 1))

    def pe_dni():
        return nd(8)

    def jp_zairyu():
        return rs(2, UPPER) + nd(8) + rs(2, UPPER)

    def jp_pension():
        return f"{nd(4)}-{nd(6)}"

    ids = [
        ("sa_national_id", sa_id, ["National ID: ", "رقم الهوية: ", "Iqama no. "]),
        ("ae_emirates_id", ae_eid, ["Emirates ID: ", "EID "]),
        ("hk_hkid", hk_id, ["HKID: ", "香港身份證號碼 "]),
        ("kz_iin", kz_iin, ["ИИН: ", "IIN "]),
        ("lt_asmens_kodas", lt_ak, ["Asmens kodas: ", "a.k. "]),
        ("lv_personas_kods", lv_pk, ["Personas kods: ", "p.k. "]),
        ("is_kennitala", is_kt, ["Kennitala: ", "kt. "]),
        ("lu_matricule", lu_matricule, ["Matricule: ", "numéro d'identification national "]),
        ("bg_egn", bg_egn, ["ЕГН: ", "EGN "]),
        ("sk_rodne_cislo", sk_rc, ["rodné číslo: ", "RČ "]),
        ("hu_taj", hu_taj, ["TAJ szám: ", "TAJ-szám "]),
        ("hu_tax_id", hu_adoszam, ["Adóazonosító jel: ", "adóazonosító "]),
        ("ua_rnokpp", ua_rnokpp, ["РНОКПП: ", "ІПН "]),
        ("ec_cedula", ec_cedula, ["Cédula: ", "C.I. "]),
        ("ir_national_code", ir_code, ["کد ملی: ", "national code "]),
        ("nz_ird", nz_ird, ["IRD number: ", "IRD no. "]),
        ("au_medicare", au_medicare, ["Medicare number: ", "Medicare card no. "]),
        ("uk_nhs", uk_nhs, ["NHS number: ", "NHS No. "]),
        ("si_emso", lambda: jmbg("50"), ["EMŠO: ", "EMSO "]),
        ("rs_jmbg", lambda: jmbg(str(R.randint(71, 79))), ["JMBG: ", "matični broj "]),
        ("at_svnr", at_svnr, ["Sozialversicherungsnummer: ", "SVNR "]),
        ("gr_afm", gr_afm, ["ΑΦΜ: ", "AFM "]),
        ("co_nit", co_nit, ["NIT: ", "NIT No. "]),
        ("co_cedula", co_cc, ["Cédula de ciudadanía: ", "C.C. "]),
        ("my_mykad", my_mykad, ["No. Kad Pengenalan: ", "MyKad "]),
        ("id_nik", id_nik, ["NIK: ", "Nomor Induk Kependudukan "]),
        ("eg_national_id", eg_nid, ["الرقم القومي: ", "National ID no. "]),
        ("pk_cnic", pk_cnic, ["CNIC: ", "CNIC No. "]),
        ("bd_nid", bd_nid, ["NID: ", "জাতীয় পরিচয়পত্র নম্বর "]),
        ("vn_cccd", vn_cccd, ["Số CCCD: ", "căn cước công dân "]),
        ("ph_sss", ph_sss, ["SSS No.: ", "SSS number "]),
        ("ph_tin", ph_tin, ["TIN: ", "TIN No. "]),
        ("ph_philsys", ph_psn, ["PhilSys Card Number: ", "PSN "]),
        ("ng_nin", ng_nin, ["NIN: ", "National Identification Number "]),
        ("pe_dni", pe_dni, ["DNI N° ", "DNI: "]),
        ("jp_residence_card", jp_zairyu, ["在留カード番号: ", "residence card number "]),
        ("jp_pension_number", jp_pension, ["基礎年金番号: ", "pension number "]),
    ]
    for typ, gen, pres in ids:
        reps = 2 if typ in ("sa_national_id", "hk_hkid", "pk_cnic", "id_nik", "uk_nhs", "bg_egn", "ua_rnokpp", "my_mykad") else 1
        for _ in range(reps):
            pre = pick(pres)
            add("pii/" + typ, pick([
                [pre, PI(gen(), typ), "\n"],
                ["Customer record\nName: ", PI(person(), "person"), "\n" + pre.strip().rstrip(":") + ": ", PI(gen(), typ), "\nStatus: verified\n"],
                ["Hi, please update my file, my " + pre.strip().rstrip(":") + " is ", PI(gen(), typ), " thanks"],
                ["| ", PI(person(), "person"), " | " + pre.strip().rstrip(":") + " | ", PI(gen(), typ), " |\n"],
            ]))

    # ================================================================ PII: phones with extensions, words, parentheses
    phones = [
        f"+1 (415) {R.randint(200, 999)}-{nd(4)} ext. {R.randint(10, 999)}",
        f"({R.randint(201, 989)}) {R.randint(200, 999)}-{nd(4)} x{R.randint(10, 9999)}",
        f"{R.randint(201, 989)}.{R.randint(200, 999)}.{nd(4)} extension {R.randint(10, 999)}",
        f"+44 (0)20 {R.randint(3, 8)}{nd(3)} {nd(4)} ext {R.randint(10, 999)}",
        f"+49 (0) 89 / {nd(3)} {nd(2)}-{nd(2)}",
        f"(0 30) {nd(2)} {nd(2)} {nd(3)}",
        f"+33 (0)1 {nd(2)} {nd(2)} {nd(2)} {nd(2)} poste {R.randint(10, 999)}",
        f"+39 3{nd(2)} {nd(3)} {nd(4)} int. {R.randint(10, 99)}",
        f"+81-3-{nd(4)}-{nd(4)} 内線{R.randint(100, 999)}",
        f"+86 (10) {nd(4)} {nd(4)} 转 {R.randint(100, 999)}",
        f"+7 495 {nd(3)}-{nd(2)}-{nd(2)} доб. {R.randint(100, 999)}",
        f"+55 (11) {nd(4)}-{nd(4)} ramal {R.randint(10, 99)}",
        f"+31 (0)20 {nd(3)} {nd(4)} toestel {R.randint(10, 99)}",
        f"+48 22 {nd(3)} {nd(2)} {nd(2)} wew. {R.randint(10, 99)}",
        f"+90 (212) {nd(3)} {nd(2)} {nd(2)} dahili {R.randint(10, 99)}",
        f"+966 5{nd(1)} {nd(3)} {nd(4)}",
        f"+971 5{pick('02458')} {nd(3)} {nd(4)}",
        f"+20 1{pick('0125')} {nd(4)} {nd(4)}",
        f"+92 3{nd(2)} {nd(7)}",
        f"+880 1{pick('3456789')}{nd(2)}-{nd(6)}",
        f"+84 9{nd(2)} {nd(3)} {nd(3)}",
        f"+57 3{nd(2)} {nd(3)} {nd(4)}",
        f"+51 9{nd(2)} {nd(3)} {nd(3)}",
        f"+60 1{pick('2345679')}-{nd(3)} {nd(4)}",
        f"+62 8{nd(2)} {nd(4)} {nd(4)}",
        f"+254 7{nd(2)} {nd(3)} {nd(3)}",
        f"+353 (0)1 {nd(3)} {nd(4)}",
        f"+61 (0)4{nd(2)} {nd(3)} {nd(3)}",
        f"+1-212-{R.randint(200, 999)}-{nd(4)} ext. {R.randint(10, 99)}",
        f"+36 (1) {nd(3)} {nd(4)}",
    ]
    pctx = [
        lambda p: ["Tel.: ", PI(p, "phone"), "\n"],
        lambda p: ["Please call me back at ", PI(p, "phone"), ", thanks!"],
        lambda p: ["Direct line: ", PI(p, "phone"), "\n"],
        lambda p: ["<a href=\"tel:", PI(p.split(" ext")[0].split(" x")[0].replace(" ", "").replace("(", "").replace(")", "").replace("/", "").replace("-", "") if p.startswith("+") and not any(ch.isalpha() for ch in p) else p, "phone"), "\">call us</a>\n"],
        lambda p: [PI(person(), "person"), " | Sales | ", PI(p, "phone"), "\n"],
        lambda p: ["Téléphone : ", PI(p, "phone"), "\n"],
        lambda p: ["\"phone_number\": \"", PI(p, "phone"), "\",\n"],
    ]
    for p in phones:
        add("pii/phone", pick(pctx)(p))

    # ================================================================ PII: e-mails in awkward contexts
    for _ in range(3):
        e = g.email(person())
        add("pii/email_mailto", [pick(["<a href=\"mailto:", "[Contact](mailto:", "Reply-To: <mailto:"]), PI(e, "email"), pick(["?subject=Invoice%20question\">email us</a>\n", ")\n", ">\n"])])
    for _ in range(2):
        n = person()
        local = g.email(n).split("@")[0].split("+")[0]
        e = local + "+" + pick(["billing", "amazon", "2024", "noreply-filter"]) + "@" + pick(["gmail.com", "fastmail.com", "proton.me"])
        add("pii/email_tag", ["Send the receipts to ", PI(e, "email"), " please"])
    for _ in range(2):
        e = g.email(person())
        add("pii/email_pct", ["GET /unsubscribe?email=", PI(e.replace("@", "%40").replace("+", "%2B"), "email"), "&list=weekly HTTP/1.1\n"])
    add("pii/email_upper", ["FROM: ", PI(g.email(person()).upper(), "email"), "\n"])
    add("pii/email_name", ["To: \"", PI(person(), "person"), "\" <", PI(g.email(person()), "email"), ">\n"])
    add("pii/email_json", ["{\"user\":{\"id\":" + nd(6) + ",\"contact\":\"", PI(g.email(person()), "email"), "\"}}\n"])
    add("pii/email_subdomain", ["cc: ", PI(pick(["j", "m", "k"]) + "." + pick(["ng", "ortiz", "weber"]) + "@cs.ox.ac.uk", "email"), "\n"])
    add("pii/email_log", ["2026-03-14 09:22:01 INFO auth: login ok user=", PI(g.email(person()), "email"), " ip=", PI(g.ipv4(), "ipv4"), "\n"])

    # ================================================================ PII: cards split, with dots
    for brand, form in zip(["visa", "mastercard", "amex", "mastercard2", "discover", "jcb", "visa"], ["dots", "split", "plain_json", "dash", "dots", "split", "spaced_pairs"]):
        num = g.card(brand)
        if form == "dots":
            v = g.card_layout(num, ".")
            add("pii/card", ["Card: ", PI(v, "payment_card"), " exp 0" + str(R.randint(1, 9)) + "/2" + str(R.randint(7, 9)) + "\n"])
        elif form == "split":
            lay = g.card_layout(num, " ")
            cut = lay.rfind(" ", 0, len(lay) // 2 + 2)
            v = lay[:cut] + "\n" + lay[cut + 1:]
            add("pii/card", ["card number\n", PI(v, "payment_card"), "\nCVV on the back\n"])
        elif form == "dash":
            add("pii/card", ["my card is ", PI(g.card_layout(num, "-"), "payment_card"), " can you refund it"])
        elif form == "plain_json":
            add("pii/card", ["{\"pan\": \"", PI(num, "payment_card"), "\", \"exp\": \"1" + str(R.randint(0, 2)) + "/2" + str(R.randint(7, 9)) + "\"}\n"])
        else:
            add("pii/card", ["Kartennummer: ", PI(g.card_layout(num, " "), "payment_card"), "\n"])
    add("pii/card", ["CC: ", PI(g.card_layout(g.card("visa"), "."), "payment_card"), "\n"])
    add("pii/card", ["Numéro de carte : ", PI(g.card_layout(g.card("mastercard"), " "), "payment_card"), "\n"])

    # ================================================================ PII: IBANs in lower case, with dashes
    for c in ["DE", "FR", "NL", "ES", "IT", "PL", "BE", "AT"]:
        v = g.iban(c)
        form = pick(["lower", "dash", "lower_grouped", "dash"])
        if form == "lower":
            s = v.lower()
        elif form == "dash":
            s = "-".join(v[i:i + 4] for i in range(0, len(v), 4))
        else:
            s = g.iban_grouped(v).lower()
        add("pii/iban", pick([["iban: ", PI(s, "iban"), "\n"], ["Please send it to ", PI(s, "iban"), " (", PI(person(), "person"), ")\n"], ["Bankverbindung ", PI(s, "iban"), "\n"]]))

    # ================================================================ PII: addresses of more countries
    addrs = [
        f"ul. {pick(['Marszałkowska', 'Piotrkowska', 'Długa'])} {R.randint(1, 150)}/{R.randint(1, 40)}, {R.randint(0, 99):02d}-{nd(3)} {pick(['Warszawa', 'Łódź', 'Gdańsk'])}",
        f"{pick(['Drottninggatan', 'Storgatan', 'Kungsgatan'])} {R.randint(1, 120)}, {R.randint(100, 999)} {nd(2)} {pick(['Stockholm', 'Göteborg', 'Uppsala'])}",
        f"Flat {R.randint(1, 40)}{pick('ABC')}, {R.randint(1, 300)} MG Road, {pick(['Bengaluru, Karnataka 5600', 'Pune, Maharashtra 4110'])}{nd(2)}",
        f"Av. {pick(['Insurgentes Sur', 'Paseo de la Reforma', 'Revolución'])} {R.randint(100, 3000)}, Col. {pick(['Roma Norte', 'Del Valle', 'Condesa'])}, {nd(5)} Ciudad de México, CDMX",
        f"{pick(['Mannerheimintie', 'Aleksanterinkatu', 'Hämeenkatu'])} {R.randint(1, 90)} A {R.randint(1, 30)}, {pick(['00100', '00250', '33100'])} {pick(['Helsinki', 'Tampere'])}",
        f"{R.randint(1, 300)} {pick(['Orchard Road', 'Bukit Timah Road', 'Tampines Ave 4'])}, #{R.randint(1, 30):02d}-{R.randint(1, 99):02d}, Singapore {R.randint(100000, 829999)}",
        f"{pick(['Rruga', 'Strada'])} {pick(['Victoriei', 'Mihai Eminescu', 'Unirii'])} nr. {R.randint(1, 200)}, bl. {R.randint(1, 20)}, ap. {R.randint(1, 80)}, {pick(['București', 'Cluj-Napoca', 'Iași'])} {nd(6)}",
        f"{pick(['Rua Augusta', 'Avenida da Liberdade', 'Rua de Santa Catarina'])} {R.randint(1, 300)}, {R.randint(1, 9)}º Esq., {R.randint(1000, 4999)}-{nd(3)} {pick(['Lisboa', 'Porto'])}",
    ]
    for a in addrs:
        add("pii/address", pick([["Shipping address: ", PI(a, "address"), "\n"], ["Lieferadresse:\n", PI(person(), "person"), "\n", PI(a, "address"), "\n"], ["I moved, my new address is ", PI(a, "address"), "."]]))

    # ================================================================ PII: dates of birth in many languages
    def dob_forms():
        d = ymd(1940, 2005)
        y, m, dd = d.year, d.month, d.day
        de_m = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"][m - 1]
        fr_m = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"][m - 1]
        es_m = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"][m - 1]
        it_m = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"][m - 1]
        pt_m = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"][m - 1]
        nl_m = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"][m - 1]
        ru_m = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"][m - 1]
        return [
            ("生年月日: ", f"{y}年{m}月{dd}日"), ("出生日期：", f"{y}年{m}月{dd}日"), ("생년월일: ", f"{y}년 {m}월 {dd}일"),
            ("дата рождения: ", f"{dd} {ru_m} {y} г."), ("Data urodzenia: ", f"{dd:02d}.{m:02d}.{y} r."), ("Doğum tarihi: ", f"{dd:02d}/{m:02d}/{y}"),
            ("Födelsedatum: ", f"{y}-{m:02d}-{dd:02d}"), ("Geburtsdatum: ", f"{dd}. {de_m} {y}"), ("née le ", f"{dd} {fr_m} {y}"),
            ("nacido el ", f"{dd} de {es_m} de {y}"), ("nato il ", f"{dd} {it_m} {y}"), ("data de nascimento: ", f"{dd} de {pt_m} de {y}"),
            ("geboren op ", f"{dd} {nl_m} {y}"), ("تاريخ الميلاد: ", f"{dd:02d}/{m:02d}/{y}"), ("Ngày sinh: ", f"{dd:02d}/{m:02d}/{y}"),
            ("tanggal lahir: ", f"{dd:02d}-{m:02d}-{y}"), ("Syntymäaika: ", f"{dd}.{m}.{y}"), ("D.O.B.: ", f"{m:02d}/{dd:02d}/{y % 100:02d}"),
            ("Date of birth: ", f"{dd}{['st', 'nd', 'rd'][dd - 1] if dd in (1, 2, 3) else 'th'} of {['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][m - 1]} {y}"),
            ("Születési dátum: ", f"{y}. {m:02d}. {dd:02d}."),
        ]
    order = list(range(20))
    R.shuffle(order)
    for i in order[:14]:
        pre, v = dob_forms()[i]
        add("pii/date_of_birth", pick([
            [pre, PI(v, "date_of_birth"), "\n"],
            ["Patient: ", PI(person(), "person"), "\n" + pre, PI(v, "date_of_birth"), "\n"],
        ]))

    # ================================================================ PII: passports and driving licences of more countries
    docs = [
        ("passport", "Pasaporte No. ", lambda: "G" + nd(8)),
        ("passport", "Reisepass-Nr.: ", lambda: pick("PU") + nd(7)),
        ("passport", "Numer paszportu: ", lambda: rs(2, UPPER) + nd(7)),
        ("passport", "загранпаспорт № ", lambda: f"7{nd(1)} {nd(7)}"),
        ("passport", "Canadian passport number ", lambda: rs(2, UPPER) + nd(6)),
        ("passport", "Australian passport: ", lambda: "P" + pick("ABCDE") + nd(7)),
        ("passport", "Número do passaporte: ", lambda: rs(2, UPPER) + nd(6)),
        ("passport", "paspoortnummer ", lambda: rs(2, "BCDFGHJKLMNPRSTVWXZ") + rs(6, "BCDFGHJKLMNPRSTVWXZ0123456789") + pick(DIGITS)),
        ("national_id", "паспорт серия и номер: ", lambda: f"{nd(2)} {nd(2)} {nd(6)}"),
        ("driver_license", "Driver's License #: ", lambda: pick(UPPER) + nd(7)),
        ("driver_license", "DL No. ", lambda: f"{nd(3)} {nd(3)} {nd(3)}"),
        ("driver_license", "Driving licence number: ", lambda: rs(5, UPPER) + str(R.randint(5, 9)) + f"{R.randint(1, 12) + pick([0, 50]):02d}{R.randint(1, 28):02d}" + nd(1) + rs(2, UPPER) + nd(1) + rs(2, UPPER)),
        ("driver_license", "Führerscheinnummer: ", lambda: pick(UPPER) + nd(2) + rs(1, UPPER) + rs(6, UPALNUM) + nd(1)),
        ("driver_license", "numéro de permis de conduire : ", lambda: nd(12)),
        ("driver_license", "Ontario driver's licence: ", lambda: pick(UPPER) + nd(4) + "-" + nd(5) + "-" + nd(5)),
        ("driver_license", "運転免許証番号: ", lambda: nd(12)),
    ]
    for typ, pre, gen in docs:
        add("pii/" + typ, pick([[pre, PI(gen(), typ), "\n"], ["Applicant: ", PI(person(), "person"), "\n" + pre, PI(gen(), typ), "\n"]]))

    # ================================================================ hard negatives
    negs = [
        # placeholders for the providers above
        "TAVILY_API_KEY=tvly-YOUR_API_KEY\n",
        "FIRECRAWL_API_KEY=fc-YOUR_API_KEY\n",
        "RENDER_API_KEY=rnd_xxxxxxxxxxxxxxxxxxxxxxxxxxxx\n",
        "OPENAI_ADMIN_KEY=sk-admin-...\n",
        "HF_TOKEN=hf_***\n",
        "export AWS_BEARER_TOKEN_BEDROCK=${BEDROCK_API_KEY}\n",
        "DT_API_TOKEN=dt0c01.<token>\n",
        "FLW_SECRET_KEY=FLWSECK_TEST-SANDBOXDEMOKEY-X\n",
        "BREVO_API_KEY=xkeysib-<your-key>\n",
        "PAYSTACK_SECRET_KEY=sk_live_<secret>\n",
        "const provider = new ethers.JsonRpcProvider(\"https://eth-mainnet.g.alchemy.com/v2/demo\");\n",
        "MAINNET_RPC_URL=https://mainnet.infura.io/v3/${INFURA_PROJECT_ID}\n",
        "kubeadm join cp.k8s.internal:6443 --token <token> --discovery-token-ca-cert-hash sha256:<hash>\n",
        "ngrok config add-authtoken <YOUR_AUTHTOKEN>\n",
        "curl -H \"Authorization: Splunk $HEC_TOKEN\" https://splunk.acme.io:8088/services/collector\n",
        "TEAMS_WEBHOOK_URL=https://acme.webhook.office.com/webhookb2/...\n",
        "git clone https://gitlab+deploy-token-123:$DEPLOY_TOKEN@gitlab.com/acme/infra.git\n",
        "ARG NPM_TOKEN\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\n",
        "      - uses: docker/login-action@v3\n        with:\n          username: ${{ github.actor }}\n          password: ${{ secrets.GITHUB_TOKEN }}\n",
        "resource \"aws_db_instance\" \"main\" {\n  password = var.db_password\n}\n",
        "spring.datasource.password=${DB_PASSWORD}\n",
        "AUTH0_CLIENT_SECRET=YOUR_CLIENT_SECRET\n",
        "The token is stored in Vault at secret/data/ci/ngrok, ask #platform for access.\n",
        "I rotated the Zendesk API token this morning, please re-run the sync.\n",
        "here's the key: it's in the shared 1Password vault under 'Stripe prod'.\n",
        "Password must be at least 12 characters and contain a digit.\n",
        # public material
        f"ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ{rs(300, B64)} ci@build\n",
        "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE" + rs(60, B64) + "==\n-----END PUBLIC KEY-----\n",
        "-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIE" + rs(64, B64) + "\n" + rs(64, B64) + "\n-----END CERTIFICATE-----\n",
        "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBG" + rs(64, B64) + "\n" + rs(64, B64) + "\n=" + rs(4, B64) + "\n-----END PGP PUBLIC KEY BLOCK-----\n",
        f"RAZORPAY_KEY_ID=rzp_live_{rs(14, ALNUM)}\n",
        f"NEXT_PUBLIC_POSTHOG_KEY=phc_{rs(43, ALNUM)}\n",
        f"<script async src=\"https://www.googletagmanager.com/gtag/js?id=G-{rs(10, UPALNUM)}\"></script>\n",
        f"ga('create', 'UA-{nd(8)}-1', 'auto');\n",
        f"arn:aws:iam::{nd(12)}:role/github-actions-deploy\n",
        f"PLAID_CLIENT_ID={rs(24, HEX)}\n",
        f"AUTH0_CLIENT_ID={rs(32, ALNUM)}\n",
        f"MODAL_TOKEN_ID=ak-{rs(22, ALNUM)}\n",
        f"lwa_app_id = amzn1.application-oa2-client.{rs(32, HEX)}\n",
        f"BROWSERBASE_PROJECT_ID={g.uuid4()}\n",
        # digests and ids
        f"<script src=\"https://cdn.acme.io/app.js\" integrity=\"sha384-{rs(64, B64)}\" crossorigin=\"anonymous\"></script>\n",
        f"\"integrity\": \"sha512-{rs(86, B64)}==\",\n",
        f"ipfs://bafybei{rs(52, 'abcdefghijklmnopqrstuvwxyz234567')}\n",
        f"CID: Qm{g.b58encode(bytes(R.getrandbits(8) for _ in range(33)))[:44]}\n",
        f"Solana tx signature: {g.b58encode(bytes(R.getrandbits(8) for _ in range(64)))}\n",
        f"https://solscan.io/tx/{g.b58encode(bytes(R.getrandbits(8) for _ in range(64)))}\n",
        f"block hash 0x{rs(64, HEX)}\n",
        f"commit {rs(40, HEX)}\nMerge: {rs(7, HEX)} {rs(7, HEX)}\n",
        f"request_id={g.uuid4()} trace_id={rs(32, HEX)} span_id={rs(16, HEX)}\n",
        f"Content-MD5: {b64raw(16)}\n",
        f"X-Amz-Cf-Id: {rs(56, B64URL)}==\n",
        f"docker pull acme/api@sha256:{rs(64, HEX)}\n",
        f"k8s resourceVersion: \"{nd(9)}\" uid: {g.uuid4()}\n",
        # numbers that are not personal data
        "Tracking number: 1Z 999 AA1 01 2345 6784\n",
        f"FedEx tracking {nd(12)}\n",
        "ISBN 978-3-16-148410-0\n",
        "ISBN-13: 978-0-306-40615-7\n",
        "EAN 4006381333931\n",
        "IMEI: 49-015420-323751-8\n",
        "Order 2024-000123-45 shipped on 2024-03-12\n",
        f"Invoice INV-{nd(6)} total EUR 1.234,56 due 2026-04-01\n",
        "coordinates 48.85661, 2.35222\n",
        f"Release {R.randint(1, 9)}.{R.randint(0, 30)}.{R.randint(0, 99)}.{nd(4)} (build {nd(8)})\n",
        f"Ticket #{nd(7)} opened at 2026-03-14 09:22:01 UTC\n",
        "Use the test card 4111 1111 1111 1111 in the sandbox.\n",
        "Stripe test Mastercard: 5555 5555 5555 4444 (any CVC)\n",
        f"card number: {g.luhn_invalid_16()}\n",
        f"IBAN: {g.bad_iban()}\n",
        "IBAN: DE00 0000 0000 0000 0000 00\n",
        "CNIC format: 00000-0000000-0\n",
        "NIK harus 16 digit, contoh: XXXXXXXXXXXXXXXX\n",
        "Enter your NHS number (10 digits, e.g. 999 999 9999)\n",
        f"Room {R.randint(100, 999)}, extension {nd(4)}\n",
        "Opening hours 09:00-17:30, Mon-Fri\n",
        f"Reference: {nd(4)}-{nd(4)}-{nd(4)}\n",
        f"Product SKU {rs(3, UPPER)}-{nd(5)}-{rs(2, UPPER)}\n",
        f"Version {R.randint(1, 3)}.{R.randint(0, 20)}.{R.randint(0, 50)} released {R.randint(2020, 2026)}-0{R.randint(1, 9)}-{R.randint(10, 28)}\n",
    ]
    for t in negs:
        add("negative/secret_pii", [t])
    return out

"""Ninth, blind batch for tests/data/secrets_pii_own.jsonl (imported by
gen_own_secrets_pii.py after batch 8's second round, with the generator module passed in
as `g` for its constants and `build`; every random value here comes from this module's
own RNG, random.Random(9009), so the batch does not depend on the other batches and
does not shift them).

Secrets only, written before the patterns of rulesets/secrets.toml were read (only the
rule ids were listed). The batch is about providers' documented token formats the
rules may not know yet, each a random body of the provider's documented shape, wrapped
in varied contexts (env files, YAML / JSON / TOML, code in several languages, shell
history, CI logs, stack traces, chat messages in several languages).

First-sight figures, measured with a small aiguard.scan span-overlap script (same rule
as score.py: a labelled secret span is found if a secret finding overlaps it; a secret
finding on a negative record is a false positive) with the rules as they stood at
82b7826, before any rule was changed for this batch:
    batch 9 alone (source prefix "b9/", 202 secret spans in 190 records, 40 hard-negative
    records): secret 158/202 found (recall 0.782), 1 false positive on the negatives, no
    secret finding outside a label in the positive records.
    Missed (44), by cause:
      prefixed formats no rule knew, found only where a generic rule saw a secret-named
        variable (so missed in chats in Japanese, German, Spanish, Portuguese, Chinese and
        after `ENV["..."] ||=` / `?? "..."`): Frame.io fio-u-, Infracost ico-, Scalingo
        tk-us-, 42 intra s-s4t2ud-, Adobe p8e-, Trigger.dev tr_stg_, Paddle pdl_sdbx_apikey_,
        Xendit xnd_production_, Midtrans Mid-server-, Statsig secret-, Honeybadger hbp_,
        Rootly rootly_ (2), OneSignal os_v2_app_ (2), Appwrite standard_ (2), Dynatrace
        platform token dt0s01., Yandex OAuth y0_, Anyscale esecret_ (2), Brave BSA,
        Prefect bot key pnb_, New Relic NRII- with '-' / '_' in its body (2);
      access key ids of HMAC pairs: GCS GOOG1E (2), Backblaze B2 key id and K00x
        application key (2 + 2), DigitalOcean Spaces DO00, Confluent Cloud key as
        sasl.username;
      keys in URL paths: QuickNode <name>.quiknode.pro/<hex>, Ankr rpc.ankr.com/eth/<hex>;
      context-only keys: Fastly after Ruby `ENV["FASTLY_API_TOKEN"] ||=` and in a Markdown
        name/value table, Zendesk and Xendit in the same table, Sumo Logic su... access id,
        Alpaca APCA-API-KEY-ID, X-RapidAPI-Key, kaggle.json key;
      an Oracle (OCIR) auth token with '(' in it after docker login -p.
    False positive (1 of 40): the jwt.io documented example token (read by jwt).
    (An IBM COS HMAC access_key_id of 32 hex was labelled at first and missed; it is left
    unlabelled now, as batch 7 leaves the 32-hex R2 access key id, so 203 -> 202.)

Second round (records_r2, source prefix "b9r2/": 43 secret spans in 40 records, 10
hard-negative records), the first round's formats in new wrappers plus providers the
first round did not have (Vercel Blob, Pushbullet, Tinybird, Convex, PlanetScale
password, Upstash, LINE, GoCardless, Sanity), written after the first draft of rules for
the batch and measured against it, so a fairer held-out estimate than the tuned figure:
    secret 40/43 found (recall 0.930), 0 false positives on the 10 negatives.
    Missed (3): a B2 key id as the `account =` of an rclone remote, a kaggle.json written
      over several lines, a Pushbullet token as the user of curl -u.

Tuned figures, with the rules as of the commit that last changed this paragraph
(rulesets/secrets.toml, section "Ninth blind batch": new frameio-token,
infracost-api-key, scalingo-api-token, maxmind-license-key, intra42-client-secret,
adobe-client-secret, trigger-dev-secret-key, paddle-api-key, xendit-secret-key,
midtrans-server-key, statsig-server-secret, stytch-secret, honeybadger-token,
rootly-api-token, onesignal-api-key, appwrite-api-key, yandex-oauth-token,
anyscale-api-key, brave-search-api-key, gcs-hmac-access-id,
backblaze-b2-application-key, backblaze-b2-key-id, digitalocean-spaces-access-key,
quicknode-endpoint-token, ankr-rpc-url-key, confluent-sasl-api-key, sumologic-access-id,
alpaca-api-key-id, rapidapi-key, kaggle-json-key, markdown-table-secret-name-row,
apify-api-token, axiom-token, inngest-signing-key, riot-api-key, databricks-oauth-secret,
instagram-access-token, postman-collection-token, twitch-irc-oauth-token, cloudinary-url,
azure-app-config-connection-string, azure-signalr-access-key, azure-event-grid-sas-key,
ably-api-key, pushbullet-access-token; after the second round, for formats of the batch
that only generic rules read after a secret-named variable (so not in a chat message):
vercel-blob-token, tinybird-token, telnyx-api-key, mem0-api-key, flagsmith-server-key,
jenkins-api-token, etherscan-api-key, gocardless-access-token, convex-deploy-key (the
last seven need the provider's name nearby); changed: newrelic-key (NRII- / NRIQ- bodies with
'-' and '_'), dynatrace-token (dt0s01. / dt0s02. / dt0s16.), prefect-api-key (pnb_),
generic-secret-assignment (a quote and a bracket after the name: Ruby's
ENV["NAME"] ||= "..."), jwt and bearer-token (the jwt.io documented example)):
    batch 9 first round: secret 201/202, 0 FP on its 40 negatives. Left: the OCIR auth
      token with '(' (the generic validator reads "word(" as a call; a validator change,
      not a rule, and Oracle auth tokens have no prefix to anchor a rule of their own).
    second round: secret 43/43, 0 FP on its 10 negatives.
    whole own set: secret 1998/2007 (0.9955), precision 0.9995 (1 FP, b5's FLWSECK_TEST
      placeholder); pii 756/760, precision 0.9952 (as crates/aiguard-core/tests/
      secrets_pii_own_set.rs counts).
    ../shared/corpus/dev.jsonl (score.py): secret and PII P 1.000 R 1.000, injection
      unchanged, benign 0.0%.
    120 M characters of real text (/usr/share/doc, /usr/lib/python3, the venv's
      site-packages, /etc, ~/.cargo/registry/src): 0 findings from the new (all 54) or changed
      rules (generic-secret-assignment counted where a quote and bracket precede the
      operator).
    Cost: no new rule woken on the bench prompts (benches/workloads.py, 2 KB / 16 KB /
      128 KB; rule_cost lists 33 / 47 / 47 rules woken, none of them new: every new rule
      is anchored on its prefix, or woken by a provider name or header); full scan,
      rules before the batch vs after, scan_loop FILE 30 interleaved, min (median):
      45 rules, 8 rounds: 2 KB 26.5 -> 26.8 us (+1.1%, median +0.6%), 16 KB 165.9 ->
      166.7 us (+0.5%, +0.9%), 128 KB 1366 -> 1362 us (-0.3%);
      all 54 rules, 6 rounds: 2 KB 26.4 -> 26.8 us (+1.5%, +0.6%), 16 KB 165.5 -> 166.3 us
      (+0.5%, +1.1%), 128 KB 1364 -> 1367 us (+0.3%; medians noisy, the machine is shared).
"""

from __future__ import annotations

import base64
import json

from own_draw import ALNUM, B64, B64URL, DIGITS, HEX, LOWALNUM, LOWER, UPALNUM, UPHEX, UPPER, Draw, b64e, b64u  # noqa: F401

_draw = Draw(9009)
R9 = _draw.rng
pick, rs, nd, uuid, rb = _draw.pick, _draw.rs, _draw.nd, _draw.uuid, _draw.rb
B32L = "abcdefghijklmnopqrstuvwxyz234567"
BECH = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"
CROCK = "0123456789abcdefghjkmnpqrstvwxyz"


def S(value: str, typ: str):
    return ("secret", typ, value)


def pem(label: str, nbytes: int, head: bytes = b"", width: int = 64) -> str:
    s = b64e(head + rb(nbytes - len(head)))
    return f"-----BEGIN {label}-----\n" + "\n".join(s[i:i + width] for i in range(0, len(s), width)) + f"\n-----END {label}-----"


def jwt(claims: dict, alg: str = "HS256") -> str:
    h = b64u(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    c = b64u(json.dumps(claims, separators=(",", ":")).encode())
    return h + "." + c + "." + rs(43 if alg.startswith("HS") else 342, B64URL)


# ---------------------------------------------------------------- provider formats
# (type, generator, environment variable, provider as people write it)

def _sentry_org() -> str:
    payload = {"iat": R9.randint(1_700_000_000, 1_760_000_000) + 0.5, "url": "https://sentry.io",
               "region_url": pick(["https://us.sentry.io", "https://de.sentry.io"]), "org": pick(["acme", "orbit-labs", "tally"])}
    return "sntrys_" + b64u(json.dumps(payload, separators=(",", ":")).encode()) + "_" + rs(43, B64URL)


def _grafana_cloud() -> str:
    payload = {"o": nd(6), "n": "stack-" + nd(6) + "-" + pick(["hm-read", "alloy", "otlp-write"]), "k": rs(24, ALNUM), "m": {"r": pick(["prod-eu-west-2", "prod-us-east-0"])}}
    return "glc_" + b64e(json.dumps(payload, separators=(",", ":")).encode())


def _cask_ado() -> str:
    # Microsoft's newer 84-character identifiable Azure DevOps PAT: a fixed "JQQJ99" signature
    # part way through and the provider tag "AZDO" near the end
    return rs(52, ALNUM) + "JQQJ99" + rs(18, ALNUM) + "AZDO" + rs(4, ALNUM)


def _paddle() -> str:
    return pick(["pdl_live_apikey_", "pdl_sdbx_apikey_"]) + "01" + rs(24, CROCK) + "_" + rs(22, ALNUM) + "_" + rs(3, ALNUM)


def _atlassian_ctt() -> str:
    return "ATCTT3xFfGN0" + rs(180, B64URL) + "=" + rs(8, UPHEX)


FORMATS = [
    ("fastly_api_token", lambda: rs(32, B64URL), "FASTLY_API_TOKEN", "Fastly"),
    ("frameio_token", lambda: "fio-u-" + rs(64, B64URL), "FRAMEIO_TOKEN", "Frame.io"),
    ("infracost_api_key", lambda: "ico-" + rs(32, ALNUM), "INFRACOST_API_KEY", "Infracost"),
    ("scalingo_token", lambda: "tk-us-" + rs(48, B64URL), "SCALINGO_API_TOKEN", "Scalingo"),
    ("maxmind_license_key", lambda: rs(6, ALNUM) + "_" + rs(29, ALNUM) + "_mmk", "MAXMIND_LICENSE_KEY", "MaxMind"),
    ("intra42_client_secret", lambda: "s-s4t2ud-" + rs(64, HEX), "FT_CLIENT_SECRET", "42 intra"),
    ("adobe_client_secret", lambda: "p8e-" + rs(32, ALNUM), "ADOBE_CLIENT_SECRET", "Adobe I/O"),
    ("apify_token", lambda: "apify_api_" + rs(36, ALNUM), "APIFY_TOKEN", "Apify"),
    ("trigger_dev_key", lambda: pick(["tr_prod_", "tr_stg_"]) + rs(20, ALNUM), "TRIGGER_SECRET_KEY", "Trigger.dev"),
    ("inngest_signing_key", lambda: "signkey-prod-" + rs(64, HEX), "INNGEST_SIGNING_KEY", "Inngest"),
    ("axiom_token", lambda: pick(["xaat-", "xapt-"]) + uuid(), "AXIOM_TOKEN", "Axiom"),
    ("paddle_api_key", _paddle, "PADDLE_API_KEY", "Paddle"),
    ("xendit_secret_key", lambda: "xnd_production_" + rs(54, ALNUM), "XENDIT_SECRET_KEY", "Xendit"),
    ("midtrans_server_key", lambda: "Mid-server-" + rs(24, B64URL), "MIDTRANS_SERVER_KEY", "Midtrans"),
    ("paystack_secret_key", lambda: "sk_live_" + rs(40, HEX), "PAYSTACK_SECRET_KEY", "Paystack"),
    ("clerk_secret_key", lambda: "sk_live_" + rs(42, ALNUM), "CLERK_SECRET_KEY", "Clerk"),
    ("stytch_secret", lambda: "secret-live-" + rs(36, B64URL), "STYTCH_SECRET", "Stytch"),
    ("statsig_server_secret", lambda: "secret-" + rs(43, ALNUM), "STATSIG_SERVER_SECRET", "Statsig"),
    ("flagsmith_server_key", lambda: "ser." + rs(22, ALNUM), "FLAGSMITH_ENVIRONMENT_KEY", "Flagsmith"),
    ("honeybadger_token", lambda: "hbp_" + rs(36, ALNUM), "HONEYBADGER_PERSONAL_AUTH_TOKEN", "Honeybadger"),
    ("rootly_token", lambda: "rootly_" + rs(64, HEX), "ROOTLY_API_TOKEN", "Rootly"),
    ("onesignal_rest_key", lambda: "os_v2_app_" + rs(113, B32L), "ONESIGNAL_REST_API_KEY", "OneSignal"),
    ("riot_api_key", lambda: "RGAPI-" + uuid(), "RIOT_API_KEY", "Riot"),
    ("appwrite_api_key", lambda: "standard_" + rs(256, HEX), "APPWRITE_API_KEY", "Appwrite"),
    ("databricks_oauth_secret", lambda: "dose" + rs(32, HEX), "DATABRICKS_CLIENT_SECRET", "Databricks"),
    ("dynatrace_platform_token", lambda: "dt0s01." + rs(24, UPALNUM) + "." + rs(64, UPALNUM), "DT_PLATFORM_TOKEN", "Dynatrace"),
    ("together_api_key", lambda: "tgp_v1_" + rs(43, B64URL), "TOGETHER_API_KEY", "Together AI"),
    ("supabase_secret_key", lambda: "sb_secret_" + rs(31, B64URL), "SUPABASE_SECRET_KEY", "Supabase"),
    ("instagram_token", lambda: "IGQVJ" + rs(190, B64URL), "INSTAGRAM_ACCESS_TOKEN", "Instagram"),
    ("yandex_oauth_token", lambda: "y0_Ag" + rs(53, B64URL), "YANDEX_OAUTH_TOKEN", "Yandex"),
    ("ably_api_key", lambda: rs(6, ALNUM) + "." + rs(6, B64URL) + ":" + rs(43, B64URL), "ABLY_API_KEY", "Ably"),
    ("telnyx_api_key", lambda: "KEY" + rs(32, UPHEX) + "_" + rs(22, ALNUM), "TELNYX_API_KEY", "Telnyx"),
    ("mem0_api_key", lambda: "m0-" + rs(40, ALNUM), "MEM0_API_KEY", "Mem0"),
    ("anyscale_key", lambda: "esecret_" + rs(24, LOWALNUM), "ANYSCALE_API_KEY", "Anyscale"),
    ("brave_search_key", lambda: "BSA" + rs(27, ALNUM), "BRAVE_API_KEY", "Brave Search"),
    ("azure_devops_pat_v2", _cask_ado, "AZURE_DEVOPS_EXT_PAT", "Azure DevOps"),
    ("ibm_cloud_api_key", lambda: rs(44, B64URL), "IBMCLOUD_API_KEY", "IBM Cloud"),
    ("wandb_api_key", lambda: rs(40, HEX), "WANDB_API_KEY", "Weights & Biases"),
    ("cohere_api_key", lambda: rs(40, ALNUM), "CO_API_KEY", "Cohere"),
    ("mistral_api_key", lambda: rs(32, ALNUM), "MISTRAL_API_KEY", "Mistral"),
    ("zendesk_api_token", lambda: rs(40, ALNUM), "ZENDESK_API_TOKEN", "Zendesk"),
    ("etherscan_api_key", lambda: rs(34, UPALNUM), "ETHERSCAN_API_KEY", "Etherscan"),
    ("sentry_org_token", _sentry_org, "SENTRY_AUTH_TOKEN", "Sentry"),
    ("sentry_user_token", lambda: "sntryu_" + rs(64, HEX), "SENTRY_AUTH_TOKEN", "Sentry"),
    ("grafana_cloud_token", _grafana_cloud, "GRAFANA_CLOUD_TOKEN", "Grafana Cloud"),
    ("grafana_sa_token", lambda: "glsa_" + rs(32, ALNUM) + "_" + rs(8, HEX), "GRAFANA_SERVICE_ACCOUNT_TOKEN", "Grafana"),
    ("doppler_token", lambda: pick(["dp.sa.", "dp.ct.", "dp.scim.", "dp.audit."]) + rs(43, ALNUM), "DOPPLER_TOKEN", "Doppler"),
    ("linear_oauth_token", lambda: "lin_oauth_" + rs(64, HEX), "LINEAR_OAUTH_TOKEN", "Linear"),
    ("postman_collection_token", lambda: "PMAT-" + rs(26, UPALNUM), "POSTMAN_ACCESS_TOKEN", "Postman"),
    ("prefect_bot_key", lambda: "pnb_" + rs(36, ALNUM), "PREFECT_API_KEY", "Prefect"),
    ("sourcegraph_token", lambda: pick(["sgp_local_" + rs(40, HEX), "sgp_" + rs(16, HEX) + "_" + rs(40, HEX)]), "SRC_ACCESS_TOKEN", "Sourcegraph"),
    ("square_oauth_secret", lambda: "sq0csp-" + rs(43, B64URL), "SQUARE_APPLICATION_SECRET", "Square"),
    ("shopify_token", lambda: pick(["shpca_", "shppa_"]) + rs(32, HEX), "SHOPIFY_ACCESS_TOKEN", "Shopify"),
    ("pinecone_api_key", lambda: "pcsk_" + rs(5, ALNUM) + "_" + rs(63, ALNUM), "PINECONE_API_KEY", "Pinecone"),
    ("langsmith_service_key", lambda: "lsv2_sk_" + rs(32, HEX) + "_" + rs(10, HEX), "LANGSMITH_API_KEY", "LangSmith"),
    ("newrelic_insert_key", lambda: "NRII-" + rs(32, B64URL), "NEW_RELIC_INSERT_KEY", "New Relic"),
    ("newrelic_license_key", lambda: rs(36, HEX) + "NRAL", "NEW_RELIC_LICENSE_KEY", "New Relic"),
    ("docker_org_token", lambda: "dckr_oat_" + rs(32, B64URL), "DOCKERHUB_TOKEN", "Docker Hub"),
    ("gitlab_token", lambda: pick(["glsoat-", "glffct-", "gloas-", "glcbt-64_", "glimt-", "glagent-"]) + rs(20, B64URL), "GITLAB_TOKEN", "GitLab"),
    ("slack_refresh_token", lambda: "xoxe-1-" + rs(142, ALNUM), "SLACK_REFRESH_TOKEN", "Slack"),
    ("vault_batch_token", lambda: "hvb." + "AAAAAQ" + rs(132, B64URL), "VAULT_TOKEN", "Vault"),
    ("atlassian_repo_token", _atlassian_ctt, "BITBUCKET_ACCESS_TOKEN", "Bitbucket"),
    ("huggingface_org_token", lambda: "api_org_" + rs(34, ALNUM), "HF_ORG_TOKEN", "Hugging Face"),
    ("openai_admin_key", lambda: "sk-admin-" + rs(20, B64URL) + "T3BlbkFJ" + rs(20, B64URL), "OPENAI_ADMIN_KEY", "OpenAI"),
    ("anthropic_admin_key", lambda: "sk-ant-admin01-" + rs(93, B64URL) + "AA", "ANTHROPIC_ADMIN_KEY", "Anthropic"),
    ("heroku_platform_key", lambda: "HRKU-AA" + rs(58, B64URL), "HEROKU_API_KEY", "Heroku"),
    ("age_secret_key", lambda: "AGE-SECRET-KEY-1" + rs(58, BECH), "SOPS_AGE_KEY", "age"),
    ("google_refresh_token", lambda: "1//0" + rs(2, ALNUM) + rs(97, B64URL), "GOOGLE_REFRESH_TOKEN", "Google"),
    ("deepseek_api_key", lambda: "sk-" + rs(32, HEX), "DEEPSEEK_API_KEY", "DeepSeek"),
    ("xai_api_key", lambda: "xai-" + rs(80, ALNUM), "XAI_API_KEY", "xAI"),
    ("openrouter_key", lambda: "sk-or-v1-" + rs(64, HEX), "OPENROUTER_API_KEY", "OpenRouter"),
    ("elevenlabs_key", lambda: "sk_" + rs(48, HEX), "ELEVENLABS_API_KEY", "ElevenLabs"),
]

PROVIDER_URL = {"Fastly": "api.fastly.com", "Zendesk": "acme.zendesk.com/api/v2", "IBM Cloud": "iam.cloud.ibm.com", "Cohere": "api.cohere.com/v2"}


def lower(name: str) -> str:
    return name.lower()


def camel(name: str) -> str:
    parts = name.lower().split("_")
    return parts[0] + "".join(p.title() for p in parts[1:])


# each wrapper: (N, provider, typed value segment) -> segs
def w_env(N, P, s):
    return [f"# {P}\n{N}=", s, "\n"]


def w_export(N, P, s):
    return [f"$ export {N}=\"", s, "\"\n$ ./scripts/sync.sh --dry-run\n"]


def w_yaml(N, P, s):
    return [f"integrations:\n  {lower(P.split()[0]).replace('.', '')}:\n    enabled: true\n    {lower(N)}: ", s, "\n    timeout: 30s\n"]


def w_json(N, P, s):
    return ["{\n  \"service\": \"billing-worker\",\n  \"" + camel(N) + "\": \"", s, "\",\n  \"retries\": 3\n}\n"]


def w_toml(N, P, s):
    return [f"[{lower(P.split()[0]).replace('.', '').replace('/', '')}]\n{lower(N)} = \"", s, "\"\nregion = \"eu\"\n"]


def w_python(N, P, s):
    return [f"import os\n\n{N} = os.environ.get(\"{N}\", \"", s, "\")\n"]


def w_js(N, P, s):
    return [f"// TODO move to vault\nconst {camel(N)} = '", s, f"';\nexport default {camel(N)};\n"]


def w_go(N, P, s):
    return [f"package config\n\nconst {camel(N)} = \"", s, "\" // " + P + "\n"]


def w_java(N, P, s):
    return [f"    private static final String {N} = \"", s, "\";\n"]


def w_ruby(N, P, s):
    return [f"ENV[\"{N}\"] ||= \"", s, "\"\n"]


def w_rust(N, P, s):
    return [f"static {N}: &str = \"", s, "\";\n"]


def w_csharp(N, P, s):
    return [f"var {camel(N)} = Environment.GetEnvironmentVariable(\"{N}\") ?? \"", s, "\";\n"]


def w_php(N, P, s):
    return [f"<?php\ndefine('{N}', '", s, "');\n"]


def w_history(N, P, s):
    return [f"  {R9.randint(100, 1999)}  {N}=", s, f" npm run deploy\n  {R9.randint(2000, 2999)}  git status\n"]


def w_cilog(N, P, s):
    return [f"2026-03-0{R9.randint(1, 9)}T10:{R9.randint(10, 59)}:07.412Z [deploy] resolved env {N}=", s, " (source: project settings)\n"]


def w_compose(N, P, s):
    return ["services:\n  worker:\n    image: acme/worker:1.4\n    environment:\n      - ", ("", ""), f"{N}=", s, "\n"]


def w_k8s(N, P, s):
    return ["apiVersion: v1\nkind: Secret\nmetadata:\n  name: worker-env\ntype: Opaque\nstringData:\n  " + N + ": \"", s, "\"\n"]


def w_trace(N, P, s):
    return ["Traceback (most recent call last):\n  File \"/srv/app/clients.py\", line 88, in connect\n    return Client(api_key=\"", s,
            f"\")\n  File \"/srv/app/venv/lib/python3.12/site-packages/client/base.py\", line 41, in __init__\n    raise AuthError(\"{P}: 401 Unauthorized\")\nAuthError: {P}: 401 Unauthorized\n"]


def w_chat_en(N, P, s):
    return [pick([f"here's the {P} key for staging: ", f"use this {P} token, the old one expired: ", f"{P} creds -> "]), s, pick(["", " (rotate after the demo)", " thx"]) + "\n"]


def w_chat_de(N, P, s):
    return [f"Hier der {P}-Schlüssel für Staging: ", s, " – bitte nicht ins Repo committen.\n"]


def w_chat_fr(N, P, s):
    return [f"Voici le token {P} de prod : ", s, " (à changer après la démo)\n"]


def w_chat_es(N, P, s):
    return [f"La clave de {P} para el entorno de pruebas es ", s, " , no la compartas.\n"]


def w_chat_pt(N, P, s):
    return [f"Segue o token do {P}: ", s, "\n"]


def w_chat_ja(N, P, s):
    return [f"{P}のAPIキーはこちらです：", s, " 本番では使わないでください。\n"]


def w_chat_ru(N, P, s):
    return [f"Токен {P} для стенда: ", s, "\n"]


def w_chat_zh(N, P, s):
    return [f"{P} 的密钥是 ", s, " ，别外传。\n"]


def w_md(N, P, s):
    return [f"| Variable | Value |\n|---|---|\n| `{N}` | `", s, "` |\n"]


def w_dotnet(N, P, s):
    return ["{\n  \"" + P.split()[0].replace(".", "") + "\": {\n    \"ApiKey\": \"", s, "\"\n  }\n}\n"]


WRAPPERS = [w_env, w_export, w_yaml, w_json, w_toml, w_python, w_js, w_go, w_java, w_ruby, w_rust, w_csharp, w_php, w_history,
            w_cilog, w_compose, w_k8s, w_trace, w_chat_en, w_chat_de, w_chat_fr, w_chat_es, w_chat_pt, w_chat_ja, w_chat_ru,
            w_chat_zh, w_md, w_dotnet]


def _clean(segs):
    return [x for x in segs if x != ("", "")]


def records(g):  # noqa: C901 - one flat list of cases reads best
    out: list[tuple[str, list]] = []

    def add(src, segs):
        out.append(("b9/" + (src if src.startswith("negative/") else "secret/" + src), _clean(segs)))

    # ---- provider formats, two contexts each
    for typ, gen, N, P in FORMATS:
        for w in R9.sample(WRAPPERS, 2):
            add(typ, w(N, P, S(gen(), typ)))

    # ---- pairs and formats with their own shape
    gid = "GOOG1E" + rs(55, UPALNUM)
    add("gcs_hmac", ["[Credentials]\ngs_access_key_id = ", S(gid, "gcs_hmac_access_id"), "\ngs_secret_access_key = ", S(rs(40, B64), "gcs_hmac_secret"), "\n"])
    add("gcs_hmac", ["rclone config create gcs-interop s3 provider=GCS access_key_id=", S("GOOG1E" + rs(55, UPALNUM), "gcs_hmac_access_id"),
                     " secret_access_key=", S(rs(40, B64), "gcs_hmac_secret"), " endpoint=https://storage.googleapis.com\n"])
    add("backblaze_b2", ["B2_APPLICATION_KEY_ID=", S("00" + pick("12345") + rs(12, HEX) + "00000000" + nd(2), "b2_key_id"), "\nB2_APPLICATION_KEY=", S("K005" + rs(27, ALNUM + "+/"), "b2_application_key"), "\n"])
    add("backblaze_b2", ["$ b2 account authorize ", S("00" + pick("12345") + rs(12, HEX) + "00000000" + nd(2), "b2_key_id"), " ", S("K005" + rs(27, ALNUM + "+/"), "b2_application_key"), "\n"])
    add("do_spaces", ["[default]\naccess_key = ", S("DO00" + rs(16, UPALNUM), "do_spaces_access_key"), "\nsecret_key = ", S(rs(43, ALNUM + "+/"), "do_spaces_secret_key"),
                      "\nhost_base = fra1.digitaloceanspaces.com\nhost_bucket = %(bucket)s.fra1.digitaloceanspaces.com\n"])
    add("do_spaces", ["const s3 = new S3Client({ endpoint: 'https://ams3.digitaloceanspaces.com', region: 'ams3', credentials: { accessKeyId: '",
                      S("DO00" + rs(16, UPALNUM), "do_spaces_access_key"), "', secretAccessKey: '", S(rs(43, ALNUM + "+/"), "do_spaces_secret_key"), "' } });\n"])
    add("azure_app_config", ["AZURE_APPCONFIG_CONNECTION_STRING=\"", S(f"Endpoint=https://acme-{rs(5, LOWER)}.azconfig.io;Id={rs(4, ALNUM)}-l0-s0:{rs(20, ALNUM)};Secret={b64e(rb(32))}", "azure_app_config_connection_string"), "\"\n"])
    add("azure_app_config", ["builder.Configuration.AddAzureAppConfiguration(\"Endpoint=https://cfg-prod.azconfig.io;Id=", ("", ""), rs(4, ALNUM) + "-l1-s0:" + rs(20, ALNUM) + ";Secret=",
                             S(b64e(rb(32)), "azure_app_config_secret"), "\");\n"])
    add("azure_signalr", ["\"Azure:SignalR:ConnectionString\": \"", S(f"Endpoint=https://chat-{rs(4, LOWER)}.service.signalr.net;AccessKey={b64e(rb(32))};Version=1.0;", "azure_signalr_connection_string"), "\"\n"])
    add("azure_comm", ["ACS_CONNECTION_STRING=endpoint=https://notify-prod.communication.azure.com/;accesskey=", S(b64e(rb(64)), "azure_communication_key"), "\n"])
    add("azure_apim", ["GET /orders/v1/open HTTP/1.1\nHost: api.acme.io\nOcp-Apim-Subscription-Key: ", S(rs(32, HEX), "azure_apim_subscription_key"), "\nAccept: application/json\n"])
    add("azure_apim", ["curl -s \"https://acme-apim.azure-api.net/echo/resource?subscription-key=", S(rs(32, HEX), "azure_apim_subscription_key"), "\"\n"])
    add("azure_eventgrid", ["curl -X POST -H \"aeg-sas-key: ", S(b64e(rb(32)), "azure_event_grid_key"), "\" -d @event.json https://orders.westeurope-1.eventgrid.azure.net/api/events\n"])
    add("cloudinary_url", ["CLOUDINARY_URL=cloudinary://" + nd(15) + ":", S(rs(27, B64URL), "cloudinary_api_secret"), "@acme-media\n"])
    add("cloudinary_url", ["cloudinary.config(cloud_name='acme', api_key='" + nd(15) + "', api_secret='", S(rs(27, B64URL), "cloudinary_api_secret"), "')\n"])
    add("quicknode_url", ["ETH_RPC_URL=https://" + pick(["old-wild", "dry-silent", "quiet-bold"]) + "-" + pick(["river", "moon", "field"]) + ".quiknode.pro/", S(rs(40, HEX), "quicknode_token"), "/\n"])
    add("ankr_url", ["networks: {\n  mainnet: { url: \"https://rpc.ankr.com/eth/", S(rs(64, HEX), "ankr_api_key"), "\" },\n}\n"])
    add("twitch_irc", ["PASS oauth:", S(rs(30, LOWALNUM), "twitch_oauth_token"), "\nNICK acme_bot\nJOIN #acme\n"])
    add("twitch_irc", ["const client = new tmi.Client({ identity: { username: 'acme_bot', password: 'oauth:", S(rs(30, LOWALNUM), "twitch_oauth_token"), "' }, channels: ['acme'] });\n"])
    add("confluent", ["bootstrap.servers=pkc-" + rs(5, LOWALNUM) + ".eu-west-1.aws.confluent.cloud:9092\nsecurity.protocol=SASL_SSL\nsasl.mechanisms=PLAIN\nsasl.username=",
                      S(rs(16, UPALNUM), "confluent_api_key"), "\nsasl.password=", S(rs(64, ALNUM + "+/"), "confluent_api_secret"), "\n"])
    add("sumologic", ["SUMO_ACCESS_ID=", S("su" + rs(12, ALNUM), "sumologic_access_id"), "\nSUMO_ACCESS_KEY=", S(rs(64, ALNUM), "sumologic_access_key"), "\n"])
    add("alpaca", ["headers = {\"APCA-API-KEY-ID\": \"", S("AK" + rs(18, UPALNUM), "alpaca_key_id"), "\", \"APCA-API-SECRET-KEY\": \"", S(rs(40, ALNUM), "alpaca_secret_key"), "\"}\n"])
    add("rapidapi", ["xhr.setRequestHeader(\"X-RapidAPI-Key\", \"", S(rs(50, ALNUM), "rapidapi_key"), "\");\nxhr.setRequestHeader(\"X-RapidAPI-Host\", \"weatherapi-com.p.rapidapi.com\");\n"])
    add("recaptcha_secret", ["RECAPTCHA_SECRET_KEY=", S("6L" + rs(6, ALNUM) + "AAAAA" + rs(27, B64URL), "recaptcha_secret_key"), "\n"])
    add("recaptcha_secret", ["resp = requests.post(\"https://www.google.com/recaptcha/api/siteverify\", data={\"secret\": \"", S("6L" + rs(6, ALNUM) + "AAAAA" + rs(27, B64URL), "recaptcha_secret_key"),
                             "\", \"response\": token})\n"])
    add("jenkins_token", ["curl -X POST -u ci-bot:", S("11" + rs(32, HEX), "jenkins_api_token"), " https://jenkins.acme.io/job/release/buildWithParameters\n"])
    add("jenkins_token", ["JENKINS_USER=ci-bot\nJENKINS_API_TOKEN=", S("11" + rs(32, HEX), "jenkins_api_token"), "\n"])
    add("oci_auth_token", ["$ docker login fra.ocir.io -u 'frxyz1abcd/oracleidentitycloudservice/", ("pii", "email", "ops@acme.io"), "' -p '", S(rs(8, ALNUM) + pick(")(;:<>") + rs(7, ALNUM) + pick("#+-_") + rs(3, ALNUM), "oci_auth_token"), "'\n"])
    add("ibm_cos_hmac", ["{\n  \"cos_hmac_keys\": {\n    \"access_key_id\": \"", rs(32, HEX), "\",\n    \"secret_access_key\": \"", S(rs(48, HEX), "ibm_cos_secret_access_key"), "\"\n  }\n}\n"])
    add("ibm_cloud", ["$ ibmcloud login --apikey ", S(rs(44, B64URL), "ibm_cloud_api_key"), " -r eu-de\n"])
    add("kaggle", ["$ cat ~/.kaggle/kaggle.json\n{\"username\":\"jdoe42\",\"key\":\"", S(rs(32, HEX), "kaggle_api_key"), "\"}\n"])
    add("wandb_netrc", ["machine api.wandb.ai\n  login user\n  password ", S(rs(40, HEX), "wandb_api_key"), "\n"])
    add("mapbox", ["mapboxgl.accessToken = '" + "pk.eyJ1IjoiYWNtZSIsImEiOiJ" + rs(18, ALNUM) + "In0." + rs(22, B64URL) + "';\n// server side uploads\nconst UPLOAD = '",
                   S("sk.eyJ1IjoiYWNtZSIsImEiOiJ" + rs(18, ALNUM) + "In0." + rs(22, B64URL), "mapbox_secret_token"), "';\n"])
    add("square", ["SQUARE_ACCESS_TOKEN=", S("EAAA" + rs(60, B64URL), "square_access_token"), "\nSQUARE_ENVIRONMENT=production\n"])
    add("google_oauth", ["{\"installed\":{\"client_id\":\"" + nd(12) + "-" + rs(32, LOWALNUM) + ".apps.googleusercontent.com\",\"project_id\":\"acme-cli\",\"auth_uri\":\"https://accounts.google.com/o/oauth2/auth\",\"client_secret\":\"",
                         S("GOCSPX-" + rs(28, B64URL), "google_oauth_client_secret"), "\",\"redirect_uris\":[\"http://localhost\"]}}\n"])
    add("slack_config", ["SLACK_CONFIG_TOKEN=", S("xoxe.xoxp-1-" + rs(150, ALNUM), "slack_config_token"), "\n"])
    add("stripe_webhook", ["endpointSecret := \"", S("whsec_" + rs(32, ALNUM), "stripe_webhook_secret"), "\"\nevent, err := webhook.ConstructEvent(payload, sig, endpointSecret)\n"])
    add("aws_session", ["{\n  \"Credentials\": {\n    \"AccessKeyId\": \"", S("ASIA" + rs(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), "aws_access_key_id"), "\",\n    \"SecretAccessKey\": \"",
                        S(rs(40, B64), "aws_secret_access_key"), "\",\n    \"SessionToken\": \"", S("IQoJb3JpZ2luX2VjE" + rs(400, B64), "aws_session_token"), "\",\n    \"Expiration\": \"2026-03-04T11:02:13+00:00\"\n  }\n}\n"])
    add("alibaba", ["aliyun configure set --access-key-id ", S("LTAI5t" + rs(18, ALNUM), "alibaba_access_key_id"), " --access-key-secret ", S(rs(30, ALNUM), "alibaba_access_key_secret"), " --region cn-hangzhou\n"])
    add("telegram", ["requests.get(f\"https://api.telegram.org/bot", S(nd(10) + ":AA" + rs(33, B64URL), "telegram_bot_token"), "/sendMessage\", params={\"chat_id\": chat, \"text\": msg})\n"])
    add("discord_webhook", ["WEBHOOK = \"", S("https://discord.com/api/webhooks/" + nd(19) + "/" + rs(68, B64URL), "discord_webhook"), "\"\n"])

    # ---- private keys
    add("private_key", ["ssh_key: \"", S(pem("OPENSSH PRIVATE KEY", 399, b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none\x00", 70).replace("\n", "\\n"), "private_key_openssh"), "\\n\"\n"])
    add("private_key", ["DEPLOY_KEY='", S(pem("ENCRYPTED PRIVATE KEY", 1298, bytes.fromhex("3082051c304e06092a864886f70d01050d3041")), "private_key_pkcs8_encrypted"), "'\n"])
    add("private_key", ["$ cat id_dsa\n", S(pem("DSA PRIVATE KEY", 444, bytes.fromhex("308201bb02010002818100")), "private_key_dsa"), "\n"])
    add("private_key", ["{\"signing_key\": \"", S(pem("EC PRIVATE KEY", 121, bytes.fromhex("30770201010420")).replace("\n", "\\n"), "private_key_ec"), "\"}\n"])
    ppk = ("PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: ed25519-key-20260301\nPublic-Lines: 2\n" + b64e(rb(51))[:64] + "\n" + b64e(rb(3)) +
           "\nPrivate-Lines: 1\n" + b64e(rb(36)) + "\nPrivate-MAC: " + rs(64, HEX))
    add("private_key", ["deploy.ppk:\n", S(ppk, "putty_private_key"), "\n"])

    # ---- hard negatives
    def neg(name, text):
        out.append(("b9/negative/" + name, text if isinstance(text, list) else [text]))

    neg("placeholder", "OPENROUTER_API_KEY=sk-or-v1-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n")
    neg("placeholder", "export FASTLY_API_TOKEN=<your-fastly-api-token>\n")
    neg("placeholder", "PINECONE_API_KEY=${PINECONE_API_KEY:?set me}\n")
    neg("placeholder", "sentry:\n  auth_token: \"{{ .Values.sentry.authToken }}\"\n")
    neg("placeholder", "INFRACOST_API_KEY=ico-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\n")
    neg("placeholder", "# Replace with your key, e.g. tgp_v1_YOUR_KEY_HERE\nTOGETHER_API_KEY=\n")
    neg("placeholder", "Set `SUPABASE_SECRET_KEY` to the value shown as sb_secret_... in the dashboard (Project Settings -> API Keys).\n")
    neg("placeholder", "const key = process.env.CLERK_SECRET_KEY ?? 'sk_live_REPLACE_ME';\n")
    neg("placeholder", "\"apiKey\": \"YOUR_ZENDESK_API_TOKEN\",\n")
    neg("redacted", "2026-03-02 10:14:55 INFO using token sntryu_****************************************************************\n")
    neg("redacted", "auth: Bearer lin_api_…redacted… (length 48)\n")
    neg("publishable", "NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY=pk_live_" + b64e(b"clerk.acme.io$").rstrip("=") + "\n")
    neg("publishable", "NEXT_PUBLIC_SUPABASE_PUBLISHABLE_KEY=sb_publishable_" + rs(31, B64URL) + "\n")
    neg("publishable", "mapboxgl.accessToken = 'pk.eyJ1IjoiYWNtZSIsImEiOiJ" + rs(18, ALNUM) + "In0." + rs(22, B64URL) + "';\n")
    neg("publishable", "posthog.init('phc_" + rs(43, ALNUM) + "', { api_host: 'https://eu.i.posthog.com' })\n")
    neg("publishable", "<div class=\"g-recaptcha\" data-sitekey=\"6L" + rs(6, ALNUM) + "AAAAA" + rs(27, B64URL) + "\"></div>\n")
    neg("publishable", "Stripe(\"pk_live_51" + rs(97, ALNUM) + "\");\n")
    neg("publishable", "Paddle.Initialize({ token: 'live_" + rs(27, HEX) + "' });  // client-side token, safe to expose\n")
    neg("publishable", "Sentry.init({ dsn: \"https://" + rs(32, HEX) + "@o" + nd(6) + ".ingest.sentry.io/" + nd(7) + "\" });\n")
    neg("public_key", "age recipient: age1" + rs(58, BECH.lower()) + "\n")
    neg("public_key", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(43, B64) + " deploy@ci\n")
    neg("public_key", "-----BEGIN PUBLIC KEY-----\n" + "\n".join(b64e(rb(270))[i:i + 64] for i in range(0, 360, 64)) + "\n-----END PUBLIC KEY-----\n")
    neg("hash", "sha256sum infracost-linux-amd64.tar.gz\n" + rs(64, HEX) + "  infracost-linux-amd64.tar.gz\n")
    neg("hash", "integrity sha512-" + b64e(rb(64)) + "\n")
    neg("hash", "FROM python:3.12-slim@sha256:" + rs(64, HEX) + "\n")
    neg("hash", ["commit " + rs(40, HEX) + "\nAuthor: Jane Roe <", ("pii", "email", "jane.roe@acme-mail.io"), ">\n\n    bump sentry-sdk to 2.19\n"])
    neg("uuid", "request_id=" + uuid() + " trace_id=" + rs(32, HEX) + " span_id=" + rs(16, HEX) + "\n")
    neg("uuid", "\"workspaceId\": \"" + uuid() + "\", \"projectId\": \"" + uuid() + "\"\n")
    neg("doc_example", "Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c\n")
    neg("doc_example", "aws configure set aws_access_key_id AKIAIOSFODNN7EXAMPLE\naws configure set aws_secret_access_key wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n")
    neg("doc_example", "The Infracost key is passed in the `INFRACOST_API_KEY` environment variable; get one with `infracost auth login`.\n")
    neg("prose", "Fastly API tokens are 32 characters long and are scoped per service; rotate them every 90 days.\n")
    neg("prose", "Die Schlüssel für Weights & Biases liegen im Tresor, nicht im Repo.\n")
    neg("identifier", "bucket: gs://acme-ml-artifacts/models/GOOG1E-export/2026-03-01/\n")
    neg("identifier", "ocid1.instance.oc1.eu-frankfurt-1.an" + rs(58, LOWALNUM) + "\n")
    neg("identifier", "arn:aws:iam::" + nd(12) + ":role/ci-deployer\n")
    neg("identifier", "image: registry.acme.io/tools/riot-client:RGAPI-compat-2.4\n")
    neg("config", "FASTLY_SERVICE_ID=" + rs(22, ALNUM) + "\nFASTLY_API_URL=https://api.fastly.com\n")
    neg("config", "KAFKA_TOPIC=orders.v1\nsasl.mechanisms=PLAIN\nsasl.username=${CONFLUENT_KEY}\nsasl.password=${CONFLUENT_SECRET}\n")
    neg("version", "sentry-cli 2.42.1 (build " + rs(12, HEX) + ") / node v20.11.1 / dt0s01 module v1.4.0\n")
    return out


def records_r2(g):  # noqa: C901 - one flat list of cases reads best
    """Second round of batch 9 (source prefix "b9r2/"): the batch's formats in shapes the
    first round did not draw, and providers it did not have, written after the first draft
    of rules for batch 9 and measured against it (see the module docstring)."""
    out: list[tuple[str, list]] = []

    def add(src, segs):
        out.append(("b9r2/" + (src if src.startswith("negative/") else "secret/" + src), _clean(segs)))

    def neg(name, text):
        out.append(("b9r2/negative/" + name, text if isinstance(text, list) else [text]))

    # ---- the first round's formats, new wrappers
    add("frameio", ["frameio:\n  auth: |\n    ", S("fio-u-" + rs(64, B64URL), "frameio_token"), "\n  project: reels\n"])
    add("infracost", ["      - uses: infracost/actions/setup@v3\n        with:\n          api-key: ", S("ico-" + rs(32, ALNUM), "infracost_api_key"), "\n"])
    add("trigger", ["# .env.local\nTRIGGER_SECRET_KEY=", S("tr_dev_" + rs(20, ALNUM), "trigger_dev_key"), "\nTRIGGER_API_URL=https://api.trigger.dev\n"])
    add("paddle", ["curl https://api.paddle.com/products -H \"Authorization: Bearer ", S(_paddle(), "paddle_api_key"), "\"\n"])
    add("midtrans", ["<?php\n\\Midtrans\\Config::$serverKey = '", S("SB-Mid-server-" + rs(24, B64URL), "midtrans_server_key"), "';\n\\Midtrans\\Config::$isProduction = false;\n"])
    add("honeybadger", ["Honeybadger.configure do |config|\n  config.api_key = '", S("hbp_" + rs(36, ALNUM), "honeybadger_token"), "'\nend\n"])
    add("rootly", ["provider \"rootly\" {\n  api_token = \"", S("rootly_" + rs(64, HEX), "rootly_token"), "\"\n}\n"])
    add("onesignal", ["Authorization: Key ", S("os_v2_org_" + rs(113, B32L), "onesignal_rest_key"), "\nContent-Type: application/json\n"])
    add("appwrite", ["final client = Client()\n  .setEndpoint('https://cloud.appwrite.io/v1')\n  .setProject('acme')\n  .setKey('", S("standard_" + rs(256, HEX), "appwrite_api_key"), "');\n"])
    add("yandex", ["curl -H \"Authorization: OAuth ", S("y0_Ag" + rs(53, B64URL), "yandex_oauth_token"), "\" https://cloud-api.yandex.net/v1/disk/\n"])
    add("anyscale", ["La chiave Anyscale è ", S("esecret_" + rs(24, LOWALNUM), "anyscale_key"), ", non condividerla.\n"])
    add("gcs_hmac", ["s3 = boto3.client('s3', endpoint_url='https://storage.googleapis.com',\n    aws_access_key_id='", S("GOOG1E" + rs(55, UPALNUM), "gcs_hmac_access_id"),
                     "',\n    aws_secret_access_key='", S(rs(40, B64), "gcs_hmac_secret"), "')\n"])
    add("b2_rclone", ["[b2]\ntype = b2\naccount = ", S("00" + pick("12345") + rs(12, HEX) + "00000000" + nd(2), "b2_key_id"), "\nkey = ", S("K00" + pick("12345") + rs(27, ALNUM + "+/"), "b2_application_key"), "\n"])
    add("do_spaces", ["$ s3cmd --access_key=", S("DO00" + rs(16, UPALNUM), "do_spaces_access_key"), " --secret_key=", S(rs(43, ALNUM + "+/"), "do_spaces_secret_key"), " --host=nyc3.digitaloceanspaces.com ls\n"])
    add("quicknode", ["const ws = new WebSocketProvider(\"wss://" + pick(["snowy-lively", "bold-calm"]) + "-pond.quiknode.pro/", S(rs(40, HEX), "quicknode_token"), "/\");\n"])
    add("ankr", ["    polygon: {\n      url: `https://rpc.ankr.com/polygon/", S(rs(64, HEX), "ankr_api_key"), "`,\n      accounts: [],\n    },\n"])
    add("rapidapi", ["headers = {\n    'x-rapidapi-key': \"", S(rs(50, ALNUM), "rapidapi_key"), "\",\n    'x-rapidapi-host': \"imdb8.p.rapidapi.com\"\n}\n"])
    add("kaggle", ["{\n  \"username\": \"mlops-team\",\n  \"key\": \"", S(rs(32, HEX), "kaggle_api_key"), "\"\n}\n"])
    add("riot", ["라이엇 API 키는 ", S("RGAPI-" + uuid(), "riot_api_key"), " 입니다. 내일 만료돼요.\n"])
    add("databricks", ["resource \"databricks_service_principal_secret\" \"ci\" {}\n# generated: client_secret = \"", S("dose" + rs(32, HEX), "databricks_oauth_secret"), "\"\n"])
    add("instagram", ["GET https://graph.instagram.com/me/media?fields=id,caption&access_token=", S("IGQVJ" + rs(190, B64URL), "instagram_token"), "\n"])
    add("postman", ["GET https://api.getpostman.com/collections/" + nd(8) + "-" + uuid() + "?access_key=", S("PMAT-" + rs(26, UPALNUM), "postman_collection_token"), "\n"])
    add("twitch", ["TWITCH_CHAT_OAUTH=oauth:", S(rs(30, LOWALNUM), "twitch_oauth_token"), "\n"])
    add("cloudinary", ["# settings.py\nCLOUDINARY_URL = 'cloudinary://" + nd(15) + ":", S(rs(27, B64URL), "cloudinary_api_secret"), "@acme-prod'\n"])
    add("azure_app_config", ["{\n  \"ConnectionStrings\": {\n    \"AppConfig\": \"Endpoint=https://shop-cfg.azconfig.io;Id=" + rs(4, ALNUM) + "-l0-s0:" + rs(20, ALNUM) + ";Secret=",
                             S(b64e(rb(32)), "azure_app_config_secret"), "\"\n  }\n}\n"])
    add("azure_eventgrid", ["$headers = @{ \"aeg-sas-key\" = \"", S(b64e(rb(32)), "azure_event_grid_key"), "\" }\nInvoke-RestMethod -Uri $endpoint -Method Post -Headers $headers -Body $body\n"])
    add("ably", ["client, err := ably.NewRealtime(ably.WithKey(\"", S(rs(6, ALNUM) + "." + rs(6, B64URL) + ":" + rs(43, B64URL), "ably_api_key"), "\"))\n"])
    add("newrelic", ["newrelic:\n  insights_insert_key: ", S("NRII-" + rs(32, B64URL), "newrelic_insert_key"), "\n"])
    add("dynatrace", ["Dynatrace OAuth client secret: ", S("dt0s02." + rs(24, UPALNUM) + "." + rs(64, UPALNUM), "dynatrace_oauth_secret"), "\n"])
    add("statsig", ["Statsig server key (rotate Friday) -> ", S("secret-" + rs(43, ALNUM), "statsig_server_secret"), "\n"])
    add("xendit_basic", ["Authorization: Basic ", S(b64e(("xnd_production_" + rs(54, ALNUM) + ":").encode()), "xendit_basic_auth"), "\n"])
    # ---- providers the first round did not have
    add("vercel_blob", ["BLOB_READ_WRITE_TOKEN=\"", S("vercel_blob_rw_" + rs(16, ALNUM) + "_" + rs(30, ALNUM), "vercel_blob_token"), "\"\n"])
    add("pushbullet", ["curl -u ", S("o." + rs(32, ALNUM), "pushbullet_token"), ": https://api.pushbullet.com/v2/pushes -d type=note -d title=deploy\n"])
    add("tinybird", ["TB_TOKEN=", S("p." + b64u(json.dumps({"u": uuid(), "id": uuid(), "host": "gcp-europe-west3"}, separators=(",", ":")).encode()) + "." + rs(43, B64URL), "tinybird_token"), "\n"])
    add("convex", ["CONVEX_DEPLOY_KEY='", S("prod:" + pick(["happy-otter", "quiet-lynx"]) + "-" + nd(3) + "|" + rs(80, B64URL), "convex_deploy_key"), "'\n"])
    add("planetscale", ["DATABASE_URL=mysql://" + rs(12, LOWALNUM) + ":", S("pscale_pw_" + rs(43, B64URL), "planetscale_password"), "@aws.connect.psdb.cloud/shop?sslaccept=strict\n"])
    add("upstash", ["UPSTASH_REDIS_REST_URL=https://eu1-" + pick(["brave", "calm"]) + "-lynx-" + nd(5) + ".upstash.io\nUPSTASH_REDIS_REST_TOKEN=", S("A" + rs(5, ALNUM) + "ASQgN" + rs(60, B64URL), "upstash_token"), "\n"])
    add("line", ["LINE_CHANNEL_ACCESS_TOKEN=", S(rs(171, B64) + "=", "line_channel_access_token"), "\n"])
    add("gocardless", ["GoCardless access token for sandbox: ", S("sandbox_" + rs(40, B64URL), "gocardless_token"), "\n"])
    add("sanity", ["const client = createClient({ projectId: 'abc123xy', dataset: 'production', token: '", S("sk" + rs(180, ALNUM), "sanity_token"), "' })\n"])

    # ---- hard negatives in new shapes
    neg("doc_example", "Riot keys look like RGAPI-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx and expire after 24 hours.\n")
    neg("prose", "The dose-response curve flattens above 40 mg; standard_deviation was 0.8.\n")
    neg("identifier", "python -c 'import sysconfig; print(sysconfig.get_path(\"stdlib\"))'  # standard_library_path\n")
    neg("placeholder", "BLOB_READ_WRITE_TOKEN=vercel_blob_rw_<store>_<secret>\n")
    neg("placeholder", "{\n  \"username\": \"your-kaggle-username\",\n  \"key\": \"your-kaggle-api-key\"\n}\n")
    neg("placeholder", "| Variable | Value |\n|---|---|\n| `ROOTLY_API_TOKEN` | `${ROOTLY_API_TOKEN}` |\n")
    neg("prose", "Scopes are requested as oauth:read and oauth:write; the token endpoint is /oauth/token.\n")
    neg("public_key", "NEXT_PUBLIC_ABLY_CLIENT_ID=web-" + rs(8, LOWALNUM) + "\nNEXT_PUBLIC_POSTHOG_KEY=phc_" + rs(43, ALNUM) + "\n")
    neg("hash", "secret-" + rs(40, HEX) + " is the name of the generated Secret (hash of its data)\n")
    neg("redacted", "TELNYX_API_KEY=KEY****************************_**********\n")
    return out

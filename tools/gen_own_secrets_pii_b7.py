"""Seventh, blind batch for tests/data/secrets_pii_own.jsonl (imported by
gen_own_secrets_pii.py after batch 6, with the generator module passed in as `g` so the
same seeded RNG and helpers are used; appended after batch 6, so earlier ids and values
are unchanged).

Secrets only, written before rulesets/secrets.toml was read: about a hundred provider
credential formats (payment, cloud, dev tools, messaging, AI, SaaS, key files, service
join tokens), each in the provider's documented or widely observed shape with a random
body, in varied wrappers (.env, YAML, JSON and escaped JSON, Python / JS / TS / Go / Rust /
Java / C# / Ruby / PHP / Kotlin / Swift / Elixir / Dart / Lua / R code, shell history,
HTTP headers, logs, chat, Markdown, error messages, Spanish / French / German /
Portuguese / Italian / Turkish / Polish / Vietnamese / Hindi / Chinese / Japanese /
Korean / Russian sentences), plus hard negatives (placeholders, documented-example-like
strings, lockfile and image hashes, git SHAs, UUIDs, public keys, look-alike identifiers
such as napi_ / re_path / sk_buff / col-md-6, values marked fake or example).

Shapes seen in use rather than in a provider's documentation: Adyen (AQE...), Fly.io
(FlyV1 fm2_...), Render (rnd_), Neon (napi_), Pinecone (pcsk_), Honeycomb ingest keys
(hcaik_), Bitbucket app passwords (ATBB), Trello tokens (ATTA), Infisical service tokens
(st.), Harness (pat.), Together (tgp_v1_), Fireworks (fw_), ElevenLabs (sk_ + 48 hex),
Cerebras (csk-), Voyage (pa-), Tavily (tvly-), Firecrawl (fc-), Jina (jina_), Modal
(ak- / as-), Salesforce session ids, X/Twitter app bearer tokens, Meta (EAA...),
Yandex Cloud (AQVN), DigitalOcean Spaces keys (DO00), ngrok authtokens, Resend (re_),
Bitwarden access tokens, AWS Bedrock API keys (ABSK), Cloudflare tunnel tokens.

First-sight figures, measured with a small aiguard.scan span-overlap script (same rule
as score.py: a labelled secret span is found if a secret finding overlaps it; a secret
finding on a negative record is a false positive) with the rules as they stood at
9260266, before any rule was changed for this batch:
    batch 7 alone (source prefix "b7/", 181 secret spans, 55 hard-negative records):
        secret: 164/181 found (recall 0.906), 1 false positive on the negatives
    Missed (17), by provider and wrapper: Razorpay key id (rzp_live_) as a JS object
    value `key_id: '...'` and the key secret in a Spanish sentence ("el secreto ...");
    Checkout.com sk_sbox_ in JSON "secretKey"; Adyen AQE... as a Java constructor
    argument; Alibaba AccessKey Secret in a Chinese sentence; Tencent SecretKey as the
    second Go constructor argument after the AKID; Neon napi_ in escaped JSON and in a
    Korean sentence; crates.io cio... inside an error message "this token (...)";
    Mailjet MJ_APIKEY_PRIVATE=; Modal token_id ak-...; a Salesforce session id
    00D...!... in a log line `sid=`; Fireworks fw_, Together tgp_v1_ and Voyage pa- in a
    Markdown table (found elsewhere beside a key name); Mollie live_ in a log line
    `key=`; a Hetzner token in chat ("hetzner token for the new project -> ...").
    False positive (1 of 55): a Mapbox public token (pk.eyJ...) assigned to
    mapboxgl.accessToken (generic-secret-assignment).
    PII side: a colon-separated SHA-1 certificate fingerprint (AC:39:06:...) in a negative
    was read as MAC / IPv6 addresses (mac-address, ipv6-full: 5 PII false flags, enough
    to fail the PII precision floor of crates/aiguard-core/tests/secrets_pii_own_set.rs).
    Left to the PII rules: the negative now writes the same 40 hex digits without colons.
    whole own set (seven batches) at first sight: secret 1486/1507 (0.986), 2 FP.

After the first-sight commit the texts were left as they were, but three spans lost their
secret label to follow batch 5, which holds a Razorpay key id and a Modal token id among
its hard negatives (identifiers, the public half of a pair): the two rzp_live_ key ids
and the Modal ak- token id. On the relabelled batch (178 secret spans) the first sight
reads 163/178 (0.916), and the Spanish sentence's key id, read by password-in-prose, was a
finding outside any label.

Tuned figures, with the rules as of the commit that last changed this paragraph
(rulesets/secrets.toml, section "Seventh blind batch": razorpay-key-secret,
checkout-secret-key, checkout-secret-key-context, adyen-api-key,
alibaba-secret-after-key-id, tencent-secret-after-secret-id, crates-io-token,
mailjet-secret-key, modal-token-secret, salesforce-access-token, together-api-key,
fireworks-api-key, voyage-api-key, hetzner-cloud-token, scaleway-access-key,
tavily-api-key, trello-token, intercom-access-token, bitwarden-access-token,
cloudflare-tunnel-token, nvidia-api-key, firecrawl-api-key, jina-api-key,
docker-swarm-join-token; changed: neon-api-key (56-72 characters after napi_),
brevo-api-key (also the xsmtpsib- SMTP key),
twitter-bearer-token (21 leading A's), generic-secret-assignment (allow a Mapbox public
pk.eyJ... token), password-in-prose and key-or-token-in-prose (allow a Razorpay key id)):
    batch 7 alone: secret 177/178 (0.994), 0 FP on the 55 negatives, no finding outside
        a label. Left: Mollie live_... in a log line `key=...` with no Mollie word (the
        live_ prefix is shared by several providers, so mollie-api-key needs the name).
    whole own set: secret 1499/1504 (0.997), 1 FP (b5's FLWSECK_TEST placeholder);
        pii 751/756, 1 FP (b5's 4111 test card)
    ../shared/corpus/dev.jsonl (score.py): secret P 1.000 R 1.000 (499/499, 0 FP), pii
        P 1.000 R 1.000, injection unchanged, benign 0.0%
    115.6 MB of real text (/usr/share/doc, /usr/lib/python3, the venv's site-packages,
        /etc, ~/.cargo/registry/src): 0 findings from the new or changed rules.

A probe written after the rules were tuned (not in the batch or its figures): 65 of the
batch's prefixed formats, each in six wrappers with no key name (a Markdown table cell,
a chat line, an error message, a log line, a JSON "value", a list item), 390 cases:
374 found. One rule now covers a part of the rest (section "Probed after the batch was
tuned"): asana-pat-v2 (the 2/<id>/<id>:<hex> form without Asana's name; asana-pat
keeps the older 1/<id>:<hex> form beside the name, so the two never read the same
value and the prefiltered scan equals the exhaustive one), giving 379/390.
Left: Mandrill md- keys and ngrok authtokens without their name (short or shared shapes:
md- is a common CSS prefix, an ngrok token is 27 + '_' + 21 base62 characters), and a
fw_ key whose random body held no digit (fireworks-api-key asks for letters and digits so
that fw_ identifiers stay out). 80 MB of real text: 0 findings from asana-pat-v2.
"""

from __future__ import annotations

import json


def records(g):  # noqa: C901 - one flat list of cases reads best
    R, rs, pick, nd, S = g.R, g.rs, g.pick, g.nd, g.S
    ALNUM, HEX, B64, B64URL, LOWALNUM, UPALNUM = (
        g.ALNUM, g.HEX, g.B64, g.B64URL, g.LOWALNUM, g.UPALNUM)
    B32L = "abcdefghijklmnopqrstuvwxyz234567"
    out: list[tuple[str, list]] = []

    def add(src, segs):
        out.append(("b7/" + src, segs))

    def uuid() -> str:
        return g.uuid4()

    def b64s(s: str) -> str:
        return g.b64(s.encode())

    def b64u(s: str) -> str:
        return g.b64url_nopad(s.encode())

    def rb(n: int) -> bytes:
        return bytes(R.getrandbits(8) for _ in range(n))

    # ------------------------------------------------------------ formats (random bodies)
    F = {
        # payment
        "square_oauth_secret": lambda: "sq0csp-" + rs(43, B64URL),
        "square_access_token": lambda: "sq0atp-" + rs(22, B64URL),
        "braintree_access_token": lambda: "access_token$production$" + rs(16, LOWALNUM) + "$" + rs(32, HEX),
        "razorpay_key_id": lambda: "rzp_live_" + rs(14, ALNUM),
        "razorpay_key_secret": lambda: rs(24, ALNUM),
        "paystack_secret_key": lambda: "sk_live_" + rs(40, HEX),
        "mollie_api_key": lambda: "live_" + rs(30, ALNUM),
        "mollie_access_token": lambda: "access_" + rs(40, ALNUM),
        "checkout_secret_key": lambda: "sk_sbox_" + rs(26, B32L),
        "flutterwave_secret_key": lambda: "FLWSECK-" + rs(32, HEX) + "-X",
        "adyen_api_key": lambda: "AQE" + rs(93, B64) + "==-" + rs(43, B64) + "=-" + rs(16, ALNUM + "<>%;{}"),
        "plaid_access_token": lambda: "access-production-" + uuid(),
        "plaid_secret": lambda: rs(30, HEX),
        "shippo_token": lambda: "shippo_live_" + rs(40, HEX),
        "easypost_api_key": lambda: "EZAK" + rs(54, ALNUM),
        "duffel_token": lambda: "duffel_live_" + rs(43, B64URL),
        "gocardless_token": lambda: "live_" + rs(40, B64URL),
        # cloud
        "alibaba_access_key_id": lambda: "LTAI" + rs(20, ALNUM),
        "alibaba_access_key_secret": lambda: rs(30, ALNUM),
        "tencent_secret_id": lambda: "AKID" + rs(32, ALNUM),
        "tencent_secret_key": lambda: rs(32, ALNUM),
        "scaleway_access_key": lambda: "SCW" + rs(17, UPALNUM),
        "scaleway_secret_key": uuid,
        "ibm_cloud_api_key": lambda: rs(44, B64URL),
        "linode_token": lambda: rs(64, HEX),
        "vultr_api_key": lambda: rs(36, UPALNUM),
        "hetzner_token": lambda: rs(64, ALNUM),
        "ovh_application_secret": lambda: rs(32, ALNUM),
        "fastly_api_token": lambda: rs(32, B64URL),
        "flyio_token": lambda: "FlyV1 fm2_lJPE" + rs(R.choice([280, 340]), B64) + ",fm2_lJPE" + rs(120, B64),
        "render_api_key": lambda: "rnd_" + rs(32, ALNUM),
        "railway_token": uuid,
        "planetscale_token": lambda: "pscale_tkn_" + rs(43, B64URL),
        "planetscale_password": lambda: "pscale_pw_" + rs(43, B64URL),
        "neon_api_key": lambda: "napi_" + rs(60, LOWALNUM),
        "mongodb_atlas_private_key": uuid,
        "upstash_rest_token": lambda: "AX" + rs(3, ALNUM) + "AAIjcDE" + rs(60, B64URL),
        "pinecone_api_key": lambda: "pcsk_" + rs(6, ALNUM) + "_" + rs(63, ALNUM),
        "cloudflare_tunnel_token": lambda: b64s(json.dumps({"a": rs(32, HEX), "t": uuid(), "s": g.b64(rb(32))}, separators=(",", ":"))),
        "cloudflare_r2_secret": lambda: rs(64, HEX),
        "aws_bedrock_api_key": lambda: "ABSKQmVkcm9ja0FQSUtleS" + rs(110, B64),
        "azure_service_bus_key": lambda: g.b64(rb(32)),
        "azure_devops_pat": lambda: rs(52, B32L),
        "do_spaces_access_key": lambda: "DO00" + rs(16, UPALNUM),
        "do_spaces_secret_key": lambda: rs(43, B64),
        # dev tools
        "bitbucket_app_password": lambda: "ATBB" + rs(28, ALNUM) + rs(8, HEX).upper(),
        "crates_io_token": lambda: "cio" + rs(32, ALNUM),
        "jfrog_api_key": lambda: "AKCp" + rs(69, ALNUM),
        "jfrog_reference_token": lambda: "cmVmdGtuOjAxOj" + rs(50, ALNUM),
        "onepassword_service_account_token": lambda: "ops_" + b64u(json.dumps({"signInAddress": pick(["acme", "orbit", "tally"]) + ".1password.com", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256", "iterations": 650000, "salt": rs(22, B64URL)}, "secretKey": "A3-" + rs(6, UPALNUM) + "-" + rs(6, UPALNUM) + "-" + "-".join(rs(5, UPALNUM) for _ in range(4)), "srpX": rs(64, HEX), "muk": {"alg": "A256GCM", "ext": True, "k": rs(43, B64URL), "kty": "oct"}}, separators=(",", ":"))),
        "onepassword_secret_key": lambda: "A3-" + rs(6, "23456789ABCDEFGHJKLMNPQRSTVWXYZ") + "-" + rs(6, "23456789ABCDEFGHJKLMNPQRSTVWXYZ") + "-" + "-".join(rs(5, "23456789ABCDEFGHJKLMNPQRSTVWXYZ") for _ in range(4)),
        "infisical_token": lambda: "st." + rs(24, HEX) + "." + rs(32, HEX) + "." + rs(32, HEX),
        "honeycomb_ingest_key": lambda: "hcaik_01" + rs(56, LOWALNUM),
        "honeycomb_api_key": lambda: rs(22, ALNUM),
        "dynatrace_token": lambda: "dt0c01." + rs(24, UPALNUM) + "." + rs(64, UPALNUM),
        "snyk_token": uuid,
        "buildkite_token": lambda: "bkua_" + rs(40, HEX),
        "travis_token": lambda: rs(22, ALNUM),
        "codecov_token": uuid,
        "sonarcloud_token": lambda: "squ_" + rs(40, HEX),
        "launchdarkly_api_key": lambda: "api-" + uuid(),
        "launchdarkly_sdk_key": lambda: "sdk-" + uuid(),
        "prefect_api_key": lambda: "pnu_" + rs(36, ALNUM),
        "harness_pat": lambda: "pat." + rs(22, B64URL) + "." + rs(24, HEX) + "." + rs(20, ALNUM),
        "grafana_cloud_token": lambda: "glc_" + b64s(json.dumps({"o": str(R.randint(100000, 999999)), "n": "stack-" + nd(6) + "-alloy-" + rs(6, LOWALNUM), "k": rs(24, ALNUM), "m": {"r": pick(["prod-us-east-0", "prod-eu-west-2"])}}, separators=(",", ":"))),
        "ngrok_authtoken": lambda: "2" + rs(26, ALNUM) + "_" + rs(21, ALNUM),
        "bitwarden_access_token": lambda: "0." + uuid() + "." + rs(30, ALNUM) + ":" + rs(22, B64) + "==",
        "circleci_personal_token": lambda: rs(40, HEX),
        "docker_swarm_join_token": lambda: "SWMTKN-1-" + rs(50, LOWALNUM) + "-" + rs(25, LOWALNUM),
        "kubeadm_bootstrap_token": lambda: rs(6, LOWALNUM) + "." + rs(16, LOWALNUM),
        "splunk_hec_token": uuid,
        "elastic_api_key": lambda: b64s(rs(20, B64URL) + ":" + rs(22, B64URL)),
        # messaging
        "brevo_api_key": lambda: "xkeysib-" + rs(64, HEX) + "-" + rs(16, ALNUM),
        "brevo_smtp_key": lambda: "xsmtpsib-" + rs(64, HEX) + "-" + rs(16, ALNUM),
        "mandrill_api_key": lambda: "md-" + rs(22, B64URL),
        "postmark_token": uuid,
        "vonage_api_secret": lambda: rs(16, ALNUM),
        "teams_webhook": lambda: f"https://{pick(['acme', 'orbitlabs', 'tally'])}.webhook.office.com/webhookb2/{uuid()}@{uuid()}/IncomingWebhook/{rs(32, HEX)}/{uuid()}",
        "mailjet_secret_key": lambda: rs(32, HEX),
        "pusher_app_secret": lambda: rs(20, HEX),
        "plivo_auth_token": lambda: rs(40, ALNUM),
        # AI
        "openai_admin_key": lambda: "sk-admin-" + rs(74, B64URL) + "T3BlbkFJ" + rs(74, B64URL),
        "xai_api_key": lambda: "xai-" + rs(80, ALNUM),
        "deepseek_api_key": lambda: "sk-" + rs(32, HEX),
        "together_api_key": lambda: "tgp_v1_" + rs(43, B64URL),
        "together_api_key_hex": lambda: rs(64, HEX),
        "fireworks_api_key": lambda: "fw_" + rs(24, ALNUM),
        "openrouter_api_key": lambda: "sk-or-v1-" + rs(64, HEX),
        "elevenlabs_api_key": lambda: "sk_" + rs(48, HEX),
        "deepgram_api_key": lambda: rs(40, HEX),
        "assemblyai_api_key": lambda: rs(32, HEX),
        "langsmith_api_key": lambda: pick(["lsv2_pt_", "lsv2_sk_"]) + rs(32, HEX) + "_" + rs(10, HEX),
        "cerebras_api_key": lambda: "csk-" + rs(48, LOWALNUM),
        "nvidia_api_key": lambda: "nvapi-" + rs(64, B64URL),
        "voyage_api_key": lambda: "pa-" + rs(43, B64URL),
        "langfuse_secret_key": lambda: "sk-lf-" + uuid(),
        "tavily_api_key": lambda: "tvly-" + pick(["", "dev-"]) + rs(32, ALNUM),
        "firecrawl_api_key": lambda: "fc-" + rs(32, HEX),
        "huggingface_org_token": lambda: "api_org_" + rs(34, ALNUM),
        "jina_api_key": lambda: "jina_" + rs(32, HEX) + rs(28, ALNUM),
        "modal_token_secret": lambda: "as-" + rs(22, ALNUM),
        "modal_token_id": lambda: "ak-" + rs(22, ALNUM),
        "wandb_api_key": lambda: rs(40, HEX),
        "stability_api_key": lambda: "sk-" + rs(48, ALNUM),
        "cohere_api_key": lambda: rs(40, ALNUM),
        "mistral_api_key": lambda: rs(32, ALNUM),
        # SaaS
        "asana_token": lambda: "2/" + nd(16) + "/" + nd(16) + ":" + rs(32, HEX),
        "intercom_token": lambda: b64s("tok:" + uuid() + ":1:0").rstrip("="),
        "contentful_pat": lambda: "CFPAT-" + rs(43, B64URL),
        "zendesk_api_token": lambda: rs(40, ALNUM),
        "box_developer_token": lambda: rs(32, ALNUM),
        "auth0_client_secret": lambda: rs(64, B64URL),
        "clerk_secret_key": lambda: "sk_live_" + rs(40, ALNUM),
        "facebook_access_token": lambda: "EAA" + pick("BGIJ") + rs(R.choice([150, 190]), ALNUM),
        "twitter_bearer_token": lambda: "AAAAAAAAAAAAAAAAAAAAA" + rs(25, ALNUM) + "%3D" + rs(50, ALNUM),
        "salesforce_access_token": lambda: "00D" + rs(12, ALNUM) + "!" + rs(96, ALNUM + "._"),
        "yandex_api_key": lambda: "AQVN" + rs(36, B64URL),
        "trello_token": lambda: "ATTA" + rs(64, HEX) + rs(8, HEX).upper(),
        "resend_api_key": lambda: "re_" + rs(8, ALNUM) + "_" + rs(24, ALNUM),
        "webflow_token": lambda: rs(64, HEX),
    }

    def v(t: str):
        return S(F[t](), t)

    # ================================================================ payment
    add("secret/env", ["# .env.production\nSQUARE_APPLICATION_ID=sq0idp-" + rs(22, B64URL) + "\nSQUARE_APPLICATION_SECRET=", v("square_oauth_secret"), "\n"])
    add("secret/ruby_code", ["client = Square::Client.new(\n  access_token: '", v("square_access_token"), "',\n  environment: 'production'\n)\n"])
    add("secret/python_code", ["import braintree\n\ngateway = braintree.BraintreeGateway(access_token=\"", v("braintree_access_token"), "\")\n"])
    add("secret/js_code", ["const razorpay = new Razorpay({\n  key_id: '", F["razorpay_key_id"](), "',\n  key_secret: '", v("razorpay_key_secret"), "',\n});\n"])
    add("secret/php_code", ["<?php\n$paystack = new \\Yabacon\\Paystack('", v("paystack_secret_key"), "');\n"])
    add("secret/http_header", ["POST /transaction/initialize HTTP/1.1\nHost: api.paystack.co\nAuthorization: Bearer ", v("paystack_secret_key"), "\nContent-Type: application/json\n"])
    add("secret/python_code", ["from mollie.api.client import Client\n\nmollie = Client()\nmollie.set_api_key(\"", v("mollie_api_key"), "\")\n"])
    add("secret/yaml", ["mollie:\n  organization_token: ", v("mollie_access_token"), "\n  profile_id: pfl_" + rs(10, ALNUM) + "\n"])
    add("secret/json", ["{\n  \"checkout\": {\n    \"secretKey\": \"", v("checkout_secret_key"), "\",\n    \"publicKey\": \"pk_sbox_" + rs(26, B32L) + "\"\n  }\n}\n"])
    add("secret/env", ["FLW_PUBLIC_KEY=FLWPUBK-" + rs(32, HEX) + "-X\nFLW_SECRET_KEY=", v("flutterwave_secret_key"), "\n"])
    add("secret/java_code", ["Client client = new Client(\"", v("adyen_api_key"), "\", Environment.LIVE, \"" + rs(16, HEX) + "\");\n"])
    add("secret/log", ["2026-03-14 09:12:44,201 DEBUG plaid.sync exchanged public token, access_token=", v("plaid_access_token"), " item_id=" + rs(37, ALNUM) + "\n"])
    add("secret/env", ["PLAID_CLIENT_ID=" + rs(24, HEX) + "\nPLAID_SECRET=", v("plaid_secret"), "\nPLAID_ENV=production\n"])
    add("secret/curl", ["curl https://api.goshippo.com/shipments/ -H \"Authorization: ShippoToken ", v("shippo_token"), "\" -d address_from=...\n"])
    add("secret/go_code", ["client := easypost.New(\"", v("easypost_api_key"), "\")\n"])
    add("secret/chat", ["new duffel key for the booking service: ", v("duffel_token"), " (old one revoked)"])
    add("secret/ts_code", ["const gc = gocardless(\n  process.env.GC_TOKEN ?? \"", v("gocardless_token"), "\",\n  constants.Environments.Live,\n);\n"])

    # ================================================================ cloud
    add("secret/ini", ["[default]\naccess_key_id = ", v("alibaba_access_key_id"), "\naccess_key_secret = ", v("alibaba_access_key_secret"), "\nregion_id = cn-hangzhou\n"])
    add("secret/i18n_zh", ["阿里云的 AccessKey ID 是 ", v("alibaba_access_key_id"), "，Secret 是 ", v("alibaba_access_key_secret"), "，用完请禁用。"])
    add("secret/go_code", ["credential := common.NewCredential(\n\t\"", v("tencent_secret_id"), "\",\n\t\"", v("tencent_secret_key"), "\",\n)\n"])
    add("secret/env", ["TENCENTCLOUD_SECRET_ID=", v("tencent_secret_id"), "\nTENCENTCLOUD_SECRET_KEY=", v("tencent_secret_key"), "\n"])
    add("secret/yaml", ["# ~/.config/scw/config.yaml\naccess_key: ", v("scaleway_access_key"), "\nsecret_key: ", v("scaleway_secret_key"), "\ndefault_organization_id: " + uuid() + "\ndefault_region: fr-par\n"])
    add("secret/shell_history", ["  311  ibmcloud login --apikey ", v("ibm_cloud_api_key"), " -r us-south\n  312  ibmcloud target -g default\n"])
    add("secret/tfvars", ["linode_token = \"", v("linode_token"), "\"\nregion       = \"eu-central\"\n"])
    add("secret/env", ["VULTR_API_KEY=", v("vultr_api_key"), "\n"])
    add("secret/yaml", ["# hcloud cli.toml equivalent\ncontexts:\n  - name: prod\n    token: ", v("hetzner_token"), "\n"])
    add("secret/python_code", ["client = ovh.Client(\n    endpoint=\"ovh-eu\",\n    application_key=\"" + rs(16, ALNUM) + "\",\n    application_secret=\"", v("ovh_application_secret"), "\",\n    consumer_key=\"", v("ovh_application_secret"), "\",\n)\n"])
    add("secret/http_header", ["PURGE /assets/app.css HTTP/1.1\nHost: www.acme.io\nFastly-Key: ", v("fastly_api_token"), "\n"])
    add("secret/gh_actions", ["      - run: flyctl deploy --remote-only\n        env:\n          FLY_API_TOKEN: ", v("flyio_token"), "\n"])
    add("secret/curl", ["curl --request GET --url 'https://api.render.com/v1/services?limit=20' --header 'Authorization: Bearer ", v("render_api_key"), "'\n"])
    add("secret/env", ["RAILWAY_TOKEN=", v("railway_token"), "\n"])
    add("secret/env", ["DATABASE_URL='mysql://" + rs(12, LOWALNUM) + ":", v("planetscale_password"), "@aws.connect.psdb.cloud/shop?sslaccept=strict'\n"])
    add("secret/shell_history", ["export PLANETSCALE_SERVICE_TOKEN_ID=" + rs(12, LOWALNUM) + "\nexport PLANETSCALE_SERVICE_TOKEN=", v("planetscale_token"), "\npscale branch list shop\n"])
    add("secret/json_escaped", ["{\"env\": \"{\\\"NEON_API_KEY\\\": \\\"", v("neon_api_key"), "\\\", \\\"NEON_PROJECT\\\": \\\"" + rs(8, LOWALNUM) + "-" + rs(5, LOWALNUM) + "\\\"}\"}\n"])
    add("secret/env", ["MONGODB_ATLAS_PUBLIC_KEY=" + rs(8, "abcdefghijklmnopqrstuvwxyz") + "\nMONGODB_ATLAS_PRIVATE_KEY=", v("mongodb_atlas_private_key"), "\n"])
    add("secret/env", ["UPSTASH_REDIS_REST_URL=https://" + pick(["adapted", "quiet", "brave"]) + "-" + pick(["lion", "koala", "heron"]) + "-" + nd(5) + ".upstash.io\nUPSTASH_REDIS_REST_TOKEN=", v("upstash_rest_token"), "\n"])
    add("secret/python_code", ["from pinecone import Pinecone\n\npc = Pinecone(api_key=\"", v("pinecone_api_key"), "\")\nindex = pc.Index(\"docs\")\n"])
    add("secret/shell_history", ["  77  cloudflared tunnel run --token ", v("cloudflare_tunnel_token"), "\n"])
    add("secret/ini", ["[r2]\ntype = s3\nprovider = Cloudflare\naccess_key_id = " + rs(32, HEX) + "\nsecret_access_key = ", v("cloudflare_r2_secret"), "\nendpoint = https://" + rs(32, HEX) + ".r2.cloudflarestorage.com\n"])
    add("secret/env", ["AWS_BEARER_TOKEN_BEDROCK=", v("aws_bedrock_api_key"), "\n"])
    add("secret/csharp", ["var client = new ServiceBusClient(\"Endpoint=sb://acme-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=", v("azure_service_bus_key"), "\");\n"])
    add("secret/shell_history", ["export AZURE_DEVOPS_EXT_PAT=", v("azure_devops_pat"), "\naz devops project list --organization https://dev.azure.com/acme\n"])
    add("secret/s3cfg", ["[default]\naccess_key = ", v("do_spaces_access_key"), "\nsecret_key = ", v("do_spaces_secret_key"), "\nhost_base = fra1.digitaloceanspaces.com\n"])

    # ================================================================ dev tools
    add("secret/git_remote", ["git remote set-url origin https://acme-ci:", v("bitbucket_app_password"), "@bitbucket.org/acme/api.git\n"])
    add("secret/toml", ["# ~/.cargo/credentials.toml\n[registry]\ntoken = \"", v("crates_io_token"), "\"\n"])
    add("secret/error_msg", ["error: failed to publish to registry at https://crates.io\n\nCaused by:\n  the remote server responded with an error (status 403 Forbidden): this token (", v("crates_io_token"), ") does not have the publish-update scope\n"])
    add("secret/curl", ["curl -H \"X-JFrog-Art-Api: ", v("jfrog_api_key"), "\" -T build.zip https://acme.jfrog.io/artifactory/libs-release/build.zip\n"])
    add("secret/yaml", ["artifactory:\n  url: https://acme.jfrog.io\n  accessToken: ", v("jfrog_reference_token"), "\n"])
    add("secret/gh_actions", ["    env:\n      OP_SERVICE_ACCOUNT_TOKEN: ", v("onepassword_service_account_token"), "\n"])
    add("secret/chat", ["my 1Password secret key (emergency kit) is ", v("onepassword_secret_key"), " in case I get locked out"])
    add("secret/env", ["INFISICAL_TOKEN=", v("infisical_token"), "\n"])
    add("secret/otel_yaml", ["exporters:\n  otlp:\n    endpoint: api.honeycomb.io:443\n    headers:\n      x-honeycomb-team: ", v("honeycomb_ingest_key"), "\n"])
    add("secret/env", ["HONEYCOMB_API_KEY=", v("honeycomb_api_key"), "\nHONEYCOMB_DATASET=checkout\n"])
    add("secret/http_header", ["GET /api/v2/entities HTTP/1.1\nHost: abc12345.live.dynatrace.com\nAuthorization: Api-Token ", v("dynatrace_token"), "\n"])
    add("secret/shell_history", ["  402  snyk auth ", v("snyk_token"), "\n  403  snyk test --all-projects\n"])
    add("secret/env", ["SNYK_TOKEN=", v("snyk_token"), "\n"])
    add("secret/yaml", ["# ~/.config/bk.yaml\norganizations:\n  acme:\n    api_token: ", v("buildkite_token"), "\n"])
    add("secret/yaml", ["# .travis.yml (do not do this)\nenv:\n  global:\n    - TRAVIS_TOKEN=", v("travis_token"), "\n"])
    add("secret/gh_actions", ["      - uses: codecov/codecov-action@v4\n        with:\n          token: ", v("codecov_token"), "\n"])
    add("secret/properties", ["sonar.host.url=https://sonarcloud.io\nsonar.token=", v("sonarcloud_token"), "\n"])
    add("secret/js_code", ["const ldClient = LaunchDarkly.init('", v("launchdarkly_sdk_key"), "');\n"])
    add("secret/http_header", ["PATCH /api/v2/flags/default/new-checkout HTTP/1.1\nHost: app.launchdarkly.com\nAuthorization: ", v("launchdarkly_api_key"), "\nContent-Type: application/json; domain-model=launchdarkly.semanticpatch\n"])
    add("secret/shell_history", ["prefect cloud login --key ", v("prefect_api_key"), " --workspace acme/prod\n"])
    add("secret/env", ["HARNESS_PLATFORM_API_KEY=", v("harness_pat"), "\nHARNESS_ACCOUNT_ID=" + rs(22, B64URL) + "\n"])
    add("secret/alloy", ["prometheus.remote_write \"default\" {\n  endpoint {\n    url = \"https://prometheus-prod-13-prod-us-east-0.grafana.net/api/prom/push\"\n    basic_auth {\n      username = \"" + nd(7) + "\"\n      password = \"", v("grafana_cloud_token"), "\"\n    }\n  }\n}\n"])
    add("secret/yaml", ["# ngrok.yml\nversion: \"2\"\nauthtoken: ", v("ngrok_authtoken"), "\n"])
    add("secret/shell_history", ["export BWS_ACCESS_TOKEN=", v("bitwarden_access_token"), "\nbws secret list\n"])
    add("secret/env", ["CIRCLE_TOKEN=", v("circleci_personal_token"), "\n"])
    add("secret/shell_history", ["docker swarm join --token ", v("docker_swarm_join_token"), " ", g.PI("10.0." + str(R.randint(0, 9)) + ".4", "ipv4"), ":2377\n"])
    add("secret/shell_history", ["kubeadm join ", g.PI("10.0.0.10", "ipv4"), ":6443 --token ", v("kubeadm_bootstrap_token"), " --discovery-token-ca-cert-hash sha256:" + rs(64, HEX) + "\n"])
    add("secret/curl", ["curl -k https://splunk.acme.internal:8088/services/collector/event -H \"Authorization: Splunk ", v("splunk_hec_token"), "\" -d '{\"event\": \"deploy\"}'\n"])
    add("secret/http_header", ["POST /logs-app/_bulk HTTP/1.1\nHost: es.acme.internal:9200\nAuthorization: ApiKey ", v("elastic_api_key"), "\n"])

    # ================================================================ messaging
    add("secret/php_code", ["<?php\n$config = Brevo\\Client\\Configuration::getDefaultConfiguration()->setApiKey('api-key', '", v("brevo_api_key"), "');\n"])
    add("secret/env", ["SMTP_HOST=smtp-relay.brevo.com\nSMTP_USER=", g.PI(nd(8) + "@smtp-brevo.com", "email"), "\nSMTP_PASS=", v("brevo_smtp_key"), "\n"])
    add("secret/python_code", ["mailchimp = MailchimpTransactional.Client(\"", v("mandrill_api_key"), "\")\n"])
    add("secret/http_header", ["POST /email HTTP/1.1\nHost: api.postmarkapp.com\nAccept: application/json\nX-Postmark-Server-Token: ", v("postmark_token"), "\n"])
    add("secret/env", ["VONAGE_API_KEY=" + rs(8, HEX) + "\nVONAGE_API_SECRET=", v("vonage_api_secret"), "\n"])
    add("secret/json", ["{\n  \"notifications\": {\n    \"teams\": \"", v("teams_webhook"), "\"\n  }\n}\n"])
    add("secret/env", ["MJ_APIKEY_PUBLIC=" + rs(32, HEX) + "\nMJ_APIKEY_PRIVATE=", v("mailjet_secret_key"), "\n"])
    add("secret/js_code", ["const pusher = new Pusher({\n  appId: \"" + nd(7) + "\",\n  key: \"" + rs(20, HEX) + "\",\n  secret: \"", v("pusher_app_secret"), "\",\n  cluster: \"eu\",\n});\n"])
    add("secret/python_code", ["client = plivo.RestClient(auth_id=\"MA" + rs(18, UPALNUM) + "\", auth_token=\"", v("plivo_auth_token"), "\")\n"])

    # ================================================================ AI
    add("secret/curl", ["curl https://api.openai.com/v1/organization/audit_logs -H \"Authorization: Bearer ", v("openai_admin_key"), "\"\n"])
    add("secret/env", ["XAI_API_KEY=", v("xai_api_key"), "\n"])
    add("secret/python_code", ["client = OpenAI(api_key=\"", v("xai_api_key"), "\", base_url=\"https://api.x.ai/v1\")\n"])
    add("secret/python_code", ["client = OpenAI(\n    api_key=\"", v("deepseek_api_key"), "\",\n    base_url=\"https://api.deepseek.com\",\n)\n"])
    add("secret/env", ["DEEPSEEK_API_KEY=", v("deepseek_api_key"), "\n"])
    add("secret/env", ["TOGETHER_API_KEY=", v("together_api_key"), "\n"])
    add("secret/log", ["[2026-04-02 11:03:27] INFO together.client using api key ", v("together_api_key_hex"), " for model meta-llama/Llama-3.3-70B-Instruct-Turbo\n"])
    add("secret/ts_code", ["const fireworks = createFireworks({ apiKey: '", v("fireworks_api_key"), "' });\n"])
    add("secret/markdown", ["## Setup\n\n1. Create a key on openrouter.ai\n2. Put it in `.env`:\n\n```bash\nOPENROUTER_API_KEY=", v("openrouter_api_key"), "\n```\n"])
    add("secret/chat", ["@ana the openrouter key is `", v("openrouter_api_key"), "`, rotate it friday"])
    add("secret/python_code", ["from elevenlabs.client import ElevenLabs\n\nclient = ElevenLabs(api_key=\"", v("elevenlabs_api_key"), "\")\n"])
    add("secret/http_header", ["POST /v1/text-to-speech/" + rs(20, ALNUM) + " HTTP/1.1\nHost: api.elevenlabs.io\nxi-api-key: ", v("elevenlabs_api_key"), "\n"])
    add("secret/curl", ["curl -X POST -H \"Authorization: Token ", v("deepgram_api_key"), "\" -H \"Content-Type: audio/wav\" --data-binary @call.wav \"https://api.deepgram.com/v1/listen?model=nova-2\"\n"])
    add("secret/python_code", ["aai.settings.api_key = \"", v("assemblyai_api_key"), "\"\n"])
    add("secret/env", ["LANGSMITH_TRACING=true\nLANGSMITH_API_KEY=", v("langsmith_api_key"), "\nLANGSMITH_PROJECT=rag-eval\n"])
    add("secret/python_code", ["os.environ[\"LANGCHAIN_API_KEY\"] = \"", v("langsmith_api_key"), "\"\n"])
    add("secret/ts_code", ["const client = new Cerebras({ apiKey: \"", v("cerebras_api_key"), "\" });\n"])
    add("secret/curl", ["curl https://integrate.api.nvidia.com/v1/chat/completions -H \"Authorization: Bearer ", v("nvidia_api_key"), "\" -d @req.json\n"])
    add("secret/python_code", ["vo = voyageai.Client(api_key=\"", v("voyage_api_key"), "\")\n"])
    add("secret/env", ["LANGFUSE_PUBLIC_KEY=pk-lf-" + uuid() + "\nLANGFUSE_SECRET_KEY=", v("langfuse_secret_key"), "\nLANGFUSE_HOST=https://cloud.langfuse.com\n"])
    add("secret/python_code", ["tavily = TavilyClient(api_key=\"", v("tavily_api_key"), "\")\n"])
    add("secret/js_code", ["const app = new FirecrawlApp({ apiKey: \"", v("firecrawl_api_key"), "\" });\n"])
    add("secret/shell_history", ["huggingface-cli login --token ", v("huggingface_org_token"), "\n"])
    add("secret/curl", ["curl https://api.jina.ai/v1/embeddings -H \"Authorization: Bearer ", v("jina_api_key"), "\" -d '{\"input\": [\"hi\"]}'\n"])
    add("secret/toml", ["# ~/.modal.toml\n[acme]\ntoken_id = \"", F["modal_token_id"](), "\"\ntoken_secret = \"", v("modal_token_secret"), "\"\nactive = true\n"])
    add("secret/netrc", ["machine api.wandb.ai\n  login user\n  password ", v("wandb_api_key"), "\n"])
    add("secret/env", ["STABILITY_API_KEY=", v("stability_api_key"), "\n"])
    add("secret/r_code", ["Sys.setenv(COHERE_API_KEY = \"", v("cohere_api_key"), "\")\n"])
    add("secret/elixir", ["config :mistral, api_key: \"", v("mistral_api_key"), "\"\n"])

    # ================================================================ SaaS
    add("secret/curl", ["curl https://app.asana.com/api/1.0/users/me -H \"Authorization: Bearer ", v("asana_token"), "\"\n"])
    add("secret/ruby_code", ["intercom = Intercom::Client.new(token: '", v("intercom_token"), "')\n"])
    add("secret/shell_history", ["contentful login --management-token ", v("contentful_pat"), "\n"])
    add("secret/yaml", ["zendesk:\n  subdomain: acme\n  email: support-bot\n  api_token: ", v("zendesk_api_token"), "\n"])
    add("secret/dart", ["const boxDeveloperToken = '", v("box_developer_token"), "';\n"])
    add("secret/env", ["AUTH0_DOMAIN=acme.eu.auth0.com\nAUTH0_CLIENT_ID=" + rs(32, ALNUM) + "\nAUTH0_CLIENT_SECRET=", v("auth0_client_secret"), "\n"])
    add("secret/env", ["NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY=pk_live_" + b64s("clerk.acme.io$") + "\nCLERK_SECRET_KEY=", v("clerk_secret_key"), "\n"])
    add("secret/url_query", ["GET https://graph.facebook.com/v19.0/me/accounts?access_token=", v("facebook_access_token"), " HTTP/1.1\n"])
    add("secret/python_code", ["client = tweepy.Client(bearer_token=\"", v("twitter_bearer_token"), "\")\n"])
    add("secret/log", ["INFO  sfdc.auth - session established, sid=", v("salesforce_access_token"), " instance=https://acme.my.salesforce.com\n"])
    add("secret/http_header", ["POST /foundationModels/v1/completion HTTP/1.1\nHost: llm.api.cloud.yandex.net\nAuthorization: Api-Key ", v("yandex_api_key"), "\n"])
    add("secret/url_query", ["https://api.trello.com/1/members/me/boards?key=" + rs(32, HEX) + "&token=", v("trello_token"), "\n"])
    add("secret/ts_code", ["const resend = new Resend('", v("resend_api_key"), "');\n"])
    add("secret/lua", ["local WEBFLOW_TOKEN = \"", v("webflow_token"), "\"\n"])

    # ================================================================ key files
    pgp = "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + "\n".join(rs(64, B64) for _ in range(6)) + "\n" + rs(40, B64) + "\n=" + rs(4, B64) + "\n-----END PGP PRIVATE KEY BLOCK-----"
    add("secret/pgp_private", ["$ gpg --export-secret-keys --armor ops@acme\n", S(pgp, "private_key_pgp"), "\n"])
    ppk = ("PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy@acme\nPublic-Lines: 2\n" + rs(64, B64) + "\n" + rs(4, B64) + "\nPrivate-Lines: 1\n"
           + rs(44, B64) + "\nPrivate-MAC: " + rs(64, HEX))
    add("secret/putty_ppk", [S(ppk, "putty_private_key"), "\n"])
    add("secret/age_key", ["# created: 2026-02-11T10:22:31Z\n# public key: age1" + rs(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l") + "\n", S("AGE-SECRET-KEY-1" + rs(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"), "age_secret_key"), "\n"])

    # ================================================================ wrappers of formats above, second draw
    add("secret/i18n_es", ["La clave de Razorpay es ", F["razorpay_key_id"](), " y el secreto ", v("razorpay_key_secret"), "; no la subas al repo."])
    add("secret/i18n_fr", ["Voici le jeton Dynatrace : ", v("dynatrace_token"), " — il expire à la fin du mois."])
    add("secret/i18n_de", ["Der neue Render-Schlüssel lautet ", v("render_api_key"), ", bitte im Vault hinterlegen."])
    add("secret/i18n_pt", ["A chave da OpenRouter é ", v("openrouter_api_key"), ", não compartilhe."])
    add("secret/i18n_it", ["Il token di Buildkite è ", v("buildkite_token"), ": cambialo dopo la demo."])
    add("secret/i18n_tr", ["Brevo API anahtarı: ", v("brevo_api_key"), " — lütfen kimseyle paylaşma."])
    add("secret/i18n_pl", ["Klucz xAI to ", v("xai_api_key"), ", usuń go po teście."])
    add("secret/i18n_vi", ["Khóa API của Pinecone là ", v("pinecone_api_key"), ", đừng chia sẻ nhé."])
    add("secret/i18n_hi", ["हमारी Cerebras API कुंजी ", v("cerebras_api_key"), " है, इसे साझा न करें।"])
    add("secret/i18n_ja", ["Tencent Cloud の SecretId は ", v("tencent_secret_id"), " です。"])
    add("secret/i18n_ko", ["Neon API 키는 ", v("neon_api_key"), " 입니다. 공유하지 마세요."])
    add("secret/i18n_ru", ["Ключ Yandex Cloud: ", v("yandex_api_key"), " — не публикуйте его."])
    add("secret/i18n_zh", ["LangSmith 的密钥：", v("langsmith_api_key"), "（下周轮换）"])
    add("secret/error_msg", ["openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: ", v("xai_api_key"), ". You can obtain an API key from https://console.x.ai.'}}\n"])
    add("secret/error_msg", ["Error: 401 Unauthorized: invalid token \"", v("planetscale_token"), "\" (check PLANETSCALE_SERVICE_TOKEN)\n"])
    add("secret/error_msg", ["pinecone.core.openapi.shared.exceptions.UnauthorizedException: (401)\nReason: Unauthorized\nHTTP response headers: HTTPHeaderDict({'x-pinecone-api-key': '", v("pinecone_api_key"), "'})\n"])
    add("secret/json_escaped", ["{\"message\": \"config loaded\", \"raw\": \"{\\\"nvidia\\\":{\\\"apiKey\\\":\\\"", v("nvidia_api_key"), "\\\"}}\"}\n"])
    add("secret/json_escaped", ["\"{\\\"brevo_key\\\": \\\"", v("brevo_api_key"), "\\\"}\""])
    add("secret/markdown", ["| Provider | Key |\n|---|---|\n| Fireworks | `", v("fireworks_api_key"), "` |\n| Together | `", v("together_api_key"), "` |\n| Voyage | `", v("voyage_api_key"), "` |\n"])
    add("secret/markdown", ["> **Note**: the staging Contentful token is `", v("contentful_pat"), "`, prod is in 1Password.\n"])
    add("secret/kotlin", ["object Secrets {\n    const val DUFFEL = \"", v("duffel_token"), "\"\n    const val SHIPPO = \"", v("shippo_token"), "\"\n}\n"])
    add("secret/swift", ["let elevenKey = \"", v("elevenlabs_api_key"), "\"\n"])
    add("secret/rust_code", ["let client = Client::new(\"", v("openrouter_api_key"), "\");\n"])
    add("secret/csharp", ["services.AddSingleton(new DynatraceClient(\"https://abc12345.live.dynatrace.com\", \"", v("dynatrace_token"), "\"));\n"])
    add("secret/docker_compose", ["services:\n  agent:\n    image: acme/agent:1.4\n    environment:\n      - TAVILY_API_KEY=", v("tavily_api_key"), "\n      - FIRECRAWL_API_KEY=", v("firecrawl_api_key"), "\n"])
    add("secret/k8s", ["apiVersion: v1\nkind: Secret\nmetadata:\n  name: llm\nstringData:\n  ANTHROPIC_BASE_URL: https://api.anthropic.com\n  XAI_API_KEY: ", v("xai_api_key"), "\n  GROQ_API_KEY: ", S("gsk_" + rs(52), "groq_api_key"), "\n"])
    add("secret/log", ["2026-05-10T08:00:01.123Z WARN  [billing] retrying charge, key=", v("mollie_api_key"), " attempt=2\n"])
    add("secret/log", ["level=error msg=\"brevo send failed\" api_key=", v("brevo_api_key"), " status=401\n"])
    add("secret/chat", ["ok try with this infisical token ", v("infisical_token"), " and tell me"])
    add("secret/chat", ["hetzner token for the new project -> ", v("hetzner_token")])
    add("secret/chat", ["voilà la clé Mollie live: ", v("mollie_api_key")])
    add("secret/email", ["Subject: New Alibaba Cloud RAM user\n\nAccessKey ID: ", v("alibaba_access_key_id"), "\nAccessKey Secret: ", v("alibaba_access_key_secret"), "\n\nPlease store these securely.\n"])
    add("secret/shell_history", ["  12  export OPENAI_ADMIN_KEY=", v("openai_admin_key"), "\n  13  python audit.py\n"])
    add("secret/ini", ["[credentials]\nplivo_auth_token = ", v("plivo_auth_token"), "\npusher_secret = ", v("pusher_app_secret"), "\n"])
    add("secret/json", ["{\"type\": \"bearer\", \"token\": \"", v("asana_token"), "\"}\n"])
    add("secret/yaml", ["integrations:\n  trello:\n    token: \"", v("trello_token"), "\"\n  teams:\n    webhook: ", v("teams_webhook"), "\n"])

    # ================================================================ hard negatives
    negs = [
        "XAI_API_KEY=xai-YOUR_KEY_HERE\n",
        "OPENROUTER_API_KEY=sk-or-v1-<your-openrouter-key>\n",
        "export NVIDIA_API_KEY=nvapi-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n",
        "LANGSMITH_API_KEY=lsv2_pt_...\n",
        "PINECONE_API_KEY=\"pcsk_***\"  # set in your shell\n",
        "BREVO_API_KEY=xkeysib-your-v3-api-key-here\n",
        "ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI****************\n",
        "SCW_SECRET_KEY=00000000-0000-0000-0000-000000000000\n",
        "TENCENTCLOUD_SECRET_ID=AKIDEXAMPLEEXAMPLEEXAMPLEEXAMPLE0000\n",
        f"# example only (not a real key): OPENROUTER_API_KEY=sk-or-v1-{'0' * 64}\n",
        "FLY_API_TOKEN: ${{ secrets.FLY_API_TOKEN }}\n",
        "PLANETSCALE_SERVICE_TOKEN=$(op read op://ci/planetscale/token)\n",
        ["docker swarm join --token SWMTKN-1-<worker-token> ", g.PI("10.0.0.4", "ipv4"), ":2377\n"],
        ["kubeadm join ", g.PI("10.0.0.10", "ipv4"), ":6443 --token abcdef.0123456789abcdef --discovery-token-unsafe-skip-ca-verification\n"],
        "Authorization: Splunk <hec_token>\n",
        "mongodb+srv://app:<db_password>@cluster0." + rs(5, LOWALNUM) + ".mongodb.net/?retryWrites=true&w=majority\n",
        "const dt = new DynatraceClient(url, process.env.DT_API_TOKEN); // dt0c01.<public>.<secret>\n",
        "Tokens look like `dt0c01.` followed by a 24-character public part and a 64-character secret part.\n",
        "Live keys start with rzp_live_ and test keys with rzp_test_.\n",
        "Fly.io tokens begin with FlyV1 and are several hundred characters long.\n",
        # public values and identifiers
        "LANGFUSE_PUBLIC_KEY=pk-lf-" + uuid() + "\n",
        "NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY=pk_test_" + b64s("careful-koala-12.clerk.accounts.dev$") + "\n",
        "mapboxgl.accessToken = 'pk.eyJ1IjoiYWNtZSIsImEiOiJ" + rs(20, B64URL) + "In0." + rs(22, B64URL) + "';\n",
        "\"publicKey\": \"pk_sbox_" + rs(26, B32L) + "\"\n",
        "SQUARE_APPLICATION_ID=sq0idp-" + rs(22, B64URL) + "\n",
        "FLW_PUBLIC_KEY=FLWPUBK-" + rs(32, HEX) + "-X\n",
        "SENTRY_DSN=https://" + rs(32, HEX) + "@o" + nd(6) + ".ingest.sentry.io/" + nd(7) + "\n",
        "OPENAI_ORG_ID=org-" + rs(24, ALNUM) + "\n",
        "MONGODB_ATLAS_PUBLIC_KEY=" + rs(8, "abcdefghijklmnopqrstuvwxyz") + "\n",
        "ALGOLIA_APP_ID=" + rs(10, UPALNUM) + "\n",
        # look-alike identifiers
        "napi_value result;\nnapi_status status = napi_create_string_utf8(env, buf, NAPI_AUTO_LENGTH, &result);\n",
        "from django.urls import re_path\n\nurlpatterns = [re_path(r\"^articles/(?P<year>[0-9]{4})/$\", views.year_archive)]\n",
        "struct sk_buff *skb = alloc_skb(len + NET_IP_ALIGN, GFP_KERNEL);\n",
        "<div class=\"col-md-6 fc-event fc-event-start fw_bold pa-4\">\n",
        "The HP PA-RISC port (pa-risc) was dropped in GCC 14; see also csk-handbook section 3.\n",
        "const OPS_TEAM = 'dev_ops_team'; const cio_name = 'Chief Information Officer';\n",
        "SELECT order_id, live_status, access_level FROM orders WHERE status = 'live_pending';\n",
        "api-version: 2024-02-01\nsdk-version: 3.2.1\n",
        "# Generated by sha256sum\n" + rs(64, HEX) + "  dist/app-2.4.1.tar.gz\n",
        # hashes and ids
        f"[[package]]\nname = \"serde\"\nversion = \"1.0.210\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"{rs(64, HEX)}\"\n",
        f"\"@babel/core@7.24.0\":\n  version \"7.24.0\"\n  resolved \"https://registry.yarnpkg.com/@babel/core/-/core-7.24.0.tgz#{rs(40, HEX)}\"\n  integrity sha512-{rs(86, B64)}==\n",
        f"  /@types/node@20.11.5:\n    resolution: {{integrity: sha512-{rs(86, B64)}==}}\n",
        f"Merge pull request #{nd(4)} from acme/feature/payments\n\ncommit {rs(40, HEX)}\n",
        f"image: ghcr.io/acme/api@sha256:{rs(64, HEX)}\n",
        f"{{\"level\":\"info\",\"request_id\":\"{uuid()}\",\"trace_id\":\"{rs(32, HEX)}\",\"span_id\":\"{rs(16, HEX)}\"}}\n",
        f"x-amzn-RequestId: {uuid()}\nx-amz-cf-id: {rs(56, B64URL)}==\n",
        f"tx 0x{rs(64, HEX)} confirmed in block {nd(8)}\n",
        f"ipfs://bafybei{rs(52, B32L)}\n",
        f"SHA1: {''.join(rs(2, HEX).upper() for _ in range(20))}\n",
        f"<script src=\"/_next/static/chunks/main-{rs(16, HEX)}.js\" integrity=\"sha384-{rs(64, B64)}\"></script>\n",
        f"\"terraform_version\": \"1.8.5\", \"serial\": 12, \"lineage\": \"{uuid()}\"\n",
        # fixtures marked fake
        f"# fake token for tests, not a real credential\nFAKE_XAI_KEY = \"xai-fake{rs(8, LOWALNUM)}\"\n",
        "def test_masks_key():\n    assert mask(\"re_test_1234\") == \"re_****\"\n",
        "ELEVENLABS_API_KEY=sk_your_api_key_here\n",
        "TOGETHER_API_KEY=<paste your key>\n",
    ]
    for t in negs:
        add("negative/secret", t if isinstance(t, list) else [t])
    return out

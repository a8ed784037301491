-- Load test for POST /v1/diagnose with realistic Japanese requests, rotated per request.
--   java -jar target/naoru.jar serve --port 8080 --kb kb --rules rules 2>serve.log &
--   wrk -t2 -c16 -d20s --latency -s tools/wrk-diagnose.lua http://127.0.0.1:8080/v1/diagnose
-- wrk reports any answer that is not 2xx as "Non-2xx or 3xx responses".
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

local bodies = {
  '{"id":"w1","text":"iPhoneでメールを取得できませんと出る。パスワードは最近変えました"}',
  '{"id":"w2","text":"Outlookでパスワードを何度も聞かれてアカウントエラーになる。2ファクタ認証のコードも来ない"}',
  '{"id":"w3","text":"メールが届かない。迷惑メールフォルダにもないし、特定の会社からのメールだけ来ない","device":"iphone"}',
  '{"id":"w4","text":"Macのメールでサーバーに接続できませんと表示される。Wi-Fiでもテザリングでも同じ"}',
  '{"id":"w5","text":"ドコモメールで返信するとiCloudのアドレスから送られてしまう"}',
  '{"id":"w6","text":"メールを取得できません","answers":{"device":"android","other-devices":"yes"}}',
  '{"id":"w7","text":"プッシュ通知が来なくてメールが遅れて届く。低電力モードにしてる"}',
  '{"id":"w8","text":"メールがおかしい"}',
}

local n = 0
request = function()
  n = n + 1
  return wrk.format(nil, nil, nil, bodies[(n % #bodies) + 1])
end

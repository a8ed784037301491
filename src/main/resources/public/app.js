// Naoru playground: plain JS, no build step. Stateless multi-turn: every submission sends the same
// text with the answers collected so far; the server keeps nothing between requests. Guided mode
// shows one step at a time and sends back what the user tried ('tried'), like a chatbot would.
'use strict';

const state = { kb: null, lastText: null, answers: {}, tried: {}, lastRequest: null };

const STATUS = {
  plan: '対処プラン', clarify: '確認が必要です', no_match: 'メールの不具合の相談ではないようです',
  resolved: '解決しました', escalate: '担当者への引き継ぎ',
};
const OUTCOME = { fixed: '解決した', 'not-fixed': '解決しない', cannot: 'できない' };

/** The API's error codes in words a Japanese user can act on (the API's own message is English). */
const ERRORS = {
  invalid_json: '送信内容を読み取れませんでした。ページを再読み込みしてやり直してください。',
  invalid_request: '送信内容の形式が正しくありません。ページを再読み込みしてやり直してください。',
  text_missing: 'メッセージを入力してください。',
  text_empty: 'メッセージを入力してください。',
  text_too_long: 'メッセージが長すぎます。2,000 文字以内にしてください。',
  unknown_device: '選んだ端末は知識ベースにありません。「自動判定」か一覧の端末を選んでください。',
  unknown_answer: '回答が選択肢にありません。「新しい相談」からやり直してください。',
  unknown_tried: '試した手順の記録が正しくありません。「新しい相談」からやり直してください。',
  body_too_large: '送信内容が大きすぎます。メッセージを短くしてください。',
  unsupported_media_type: '送信の形式が正しくありません。ページを再読み込みしてください。',
  not_found: 'ページが見つかりません。',
  method_not_allowed: 'この操作はできません。',
  internal: 'サーバーで問題が起きました。少し待ってからやり直してください。',
};
const SOURCE = { given: '指定', detected: '文章から判定', answered: '回答から', unknown: '不明' };

const $ = (id) => document.getElementById(id);

/** Creates an element; children may be strings (always inserted as text, never as HTML). */
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'class') e.className = v;
    else if (k.startsWith('data-')) e.setAttribute(k, v);
    else e[k] = v;
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

function labelOf(list, id, key = 'label') {
  const found = (list || []).find((x) => x.id === id);
  return found ? found[key] : id;
}

async function postJson(path, body) {
  const res = await fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body),
  });
  const data = await res.json().catch(() => null);
  if (!res.ok) {
    const code = data && data.code ? data.code : '';
    const message = ERRORS[code] || `サーバーがエラーを返しました（HTTP ${res.status}）。少し待ってからやり直してください。`;
    const err = new Error(message + (code ? `（${code}）` : ''));
    err.code = code;
    throw err;
  }
  return data;
}

function showError(message) {
  const box = $('error');
  box.textContent = message ? 'エラー: ' + message : '';
  box.hidden = !message;
}

async function loadKb() {
  try {
    const res = await fetch('/v1/kb', { headers: { Accept: 'application/json' } });
    const kb = await res.json();
    state.kb = kb;
    $('kb-version').textContent = kb.version;
    $('kb-counts').textContent = `（症状 ${kb.counts.symptoms}・手順 ${kb.counts.steps}・ルール ${kb.counts.rules}）`;
    const select = $('device');
    for (const d of kb.devices) select.append(el('option', { value: d.id }, d.name));
    document.body.dataset.ready = 'true';
  } catch (e) {
    showError('知識ベースを読み込めませんでした: ' + e.message);
  }
}

function currentRequest() {
  const text = $('text').value;
  if (text !== state.lastText) {
    // a new message starts a new conversation
    state.answers = {};
    state.tried = {};
  }
  state.lastText = text;
  const req = { text };
  const device = $('device').value;
  if (device) req.device = device;
  if (Object.keys(state.answers).length) req.answers = { ...state.answers };
  if (Object.keys(state.tried).length) req.tried = { ...state.tried };
  return req;
}

async function diagnose() {
  showError('');
  const req = currentRequest();
  if (!req.text.trim()) {
    showError('メッセージを入力してください。');
    return;
  }
  state.lastRequest = req;
  $('submit').disabled = true;
  try {
    render(await postJson('/v1/diagnose', req));
    if (!$('explain').hidden) await explain();
  } catch (e) {
    showError(e instanceof TypeError ? 'サーバーに接続できませんでした。' : e.message);
  } finally {
    $('submit').disabled = false;
  }
}

function renderAnswers(questions) {
  const list = $('answer-list');
  list.replaceChildren();
  for (const [q, a] of Object.entries(state.answers)) {
    const kbq = state.kb && state.kb.questions.find((x) => x.id === q);
    const qLabel = kbq ? kbq.text : q;
    const aLabel = kbq && kbq.option_labels ? kbq.option_labels[a] || a : a;
    const remove = el('button', { type: 'button', class: 'chip-remove', title: '回答を取り消す', 'data-question': q }, '×');
    remove.addEventListener('click', () => {
      delete state.answers[q];
      diagnose();
    });
    list.append(el('span', { class: 'chip', 'data-answer': q }, `${qLabel} → ${aLabel} `, remove));
  }
  $('answers').hidden = Object.keys(state.answers).length === 0;
}

function renderQuestions(questions) {
  const box = $('question-list');
  box.replaceChildren();
  for (const q of questions) {
    const buttons = q.options.map((opt) => {
      const label = (q.option_labels && q.option_labels[opt]) || opt;
      const b = el('button', { type: 'button', class: 'option', 'data-question': q.id, 'data-option': opt }, label);
      b.addEventListener('click', () => {
        state.answers[q.id] = opt;
        diagnose();
      });
      return b;
    });
    box.append(el('div', { class: 'question', 'data-question': q.id }, el('p', {}, q.text), el('div', { class: 'options' }, buttons)));
  }
  $('questions').hidden = questions.length === 0;
}

function renderList(id, items, render) {
  const ul = $(id);
  ul.replaceChildren();
  if (!items.length) ul.append(el('li', { class: 'muted' }, 'なし'));
  for (const x of items) ul.append(render(x));
}

function renderPlan(steps) {
  const plan = $('plan');
  plan.replaceChildren();
  const stages = (state.kb && state.kb.stages) || [...new Set(steps.map((s) => s.stage))].map((id) => ({ id, label: id }));
  let n = 0;
  for (const stage of stages) {
    const inStage = steps.filter((s) => s.stage === stage.id);
    if (!inStage.length) continue;
    const ol = el('ol', { start: n + 1 });
    for (const s of inStage) {
      n++;
      ol.append(el('li', { class: 'step' + (s.destructive ? ' destructive' : ''), 'data-step': s.id },
        el('div', { class: 'step-title' }, s.title, s.destructive ? el('span', { class: 'badge' }, '⚠ 実行前に【注意】を読む') : null),
        el('p', { class: 'instructions' }, s.instructions),
        el('details', { class: 'because' }, el('summary', {}, '理由'), el('ul', {}, s.because.map((b) => el('li', {}, b))))));
    }
    plan.append(el('section', { class: 'stage', 'data-stage': stage.id }, el('h3', {}, stage.label, el('span', { class: 'stage-id' }, stage.id)), ol));
  }
  $('no-steps').hidden = steps.length > 0;
}

function render(r) {
  $('result').hidden = false;
  const status = $('status');
  status.textContent = STATUS[r.status] || r.status;
  status.className = 'status ' + r.status;
  status.dataset.status = r.status;
  const kb = state.kb || {};
  const dev = r.device.id ? labelOf(kb.devices, r.device.id, 'name') : '未特定';
  $('device-info').textContent = `端末: ${dev}（${SOURCE[r.device.source] || r.device.source}）`;
  renderList('symptoms', r.symptoms, (s) => el('li', { 'data-symptom': s.id }, labelOf(kb.symptoms, s.id), el('span', { class: 'score' }, ` ${s.score.toFixed(2)}`)));
  renderList('contexts', r.contexts, (c) => el('li', { 'data-context': c.id, class: c.negated ? 'negated' : '' },
    labelOf(kb.contexts, c.id), c.negated ? el('span', { class: 'badge neg' }, '否定') : null));
  renderList('causes', r.causes, (c) => el('li', { 'data-cause': c.id }, c.label || c.id, el('span', { class: 'score' }, ` ${Math.round(c.confidence * 100)}%`)));
  renderQuestions(r.questions);
  renderAnswers();
  renderPlan(r.steps);
  renderGuided(r);
  document.body.dataset.renders = String((Number(document.body.dataset.renders) || 0) + 1); // lets tests wait for a turn
  renderList('warning-list', r.warnings, (w) => el('li', {}, w));
  $('warnings').hidden = r.warnings.length === 0;
  renderList('prevention-list', r.prevention || [], (p) => el('li', {}, p));
  $('prevention').hidden = !(r.prevention && r.prevention.length);
}

function table(headers, rows) {
  return el('table', {}, el('thead', {}, el('tr', {}, headers.map((h) => el('th', {}, h)))),
    el('tbody', {}, rows.map((r) => el('tr', {}, r.map((c) => el('td', {}, c))))));
}

function renderExplain(x) {
  const body = $('explain-body');
  body.replaceChildren();
  const section = (title, ...content) => body.append(el('section', { class: 'explain-part' }, el('h3', {}, title), content));
  section('正規化した文', el('p', { id: 'explain-normalized' }, x.normalized));
  const clauses = new Map();
  for (const t of x.tokens) (clauses.get(t.clause) || clauses.set(t.clause, []).get(t.clause)).push(t);
  section('トークン（節ごと）', [...clauses.values()].map((ts) => el('p', { class: 'tokens' },
    ts.map((t) => el('span', { class: 'token', title: t.surface }, t.term === t.surface ? t.term : `${t.term}(${t.surface})`)))));
  if (x.device_mentions.length) section('端末の手がかり', table(['端末', '手がかり', '節', 'そこでは正常'],
    x.device_mentions.map((m) => [m.device, m.cue, m.clause, m.works_there ? 'はい' : ''])));
  section('一致した事実', table(['種類', 'ID', 'スコア', '否定', '言い回し', '根拠'],
    x.matched.map((m) => [m.kind, m.id, m.score.toFixed(2), m.negated ? '否定' : '', m.phrasing, m.evidence.join(' ')])));
  if (x.near_misses.length) section('惜しい候補（採用しなかった理由）', table(['ID', '言い回し', 'スコア', '理由', '足りない語'],
    x.near_misses.map((m) => [m.id, m.phrasing, m.score.toFixed(2), m.reason, m.missing.join(', ')])));
  if (x.negations.length) section('否定の表現', el('p', {}, x.negations.join('、')));
  section('発火したルール（順に）', el('ol', { id: 'explain-rules' }, x.rules_fired.map((r) => el('li', {}, el('code', {}, r.rule), ' ← ', r.matched.join(', ')))));
  if (x.suppressed.length) section('除外した手順', el('ul', {}, x.suppressed.map((s) => el('li', {}, s))));
  section('手順の並び', table(['手順', '位置', '理由'], x.step_order.map((s) => [s.id, s.why_here, s.because.join('; ')])));
  $('explain-json').textContent = JSON.stringify(x, null, 2);
}

async function explain(scroll) {
  if (!state.lastRequest) return;
  showError('');
  try {
    renderExplain(await postJson('/v1/explain', state.lastRequest));
    $('explain').hidden = false;
    if (scroll === true) $('explain').scrollIntoView();
  } catch (e) {
    showError(e instanceof TypeError ? 'サーバーに接続できませんでした。' : e.message);
  }
}

function stepTitle(id) {
  return labelOf(state.kb && state.kb.steps, id, 'title');
}

/** Guided mode: the first step only, with 「解決した」「解決しない」「できない」; and what was tried so far. */
function renderGuided(r) {
  const guided = $('guided-mode').checked;
  const active = r.status === 'plan' || r.status === 'clarify';
  const offered = r.steps.concat(r.more_steps || []); // the guided loop walks steps, then more_steps
  const step = active && offered.length ? offered[0] : null;
  $('guided').hidden = !(guided && step);
  $('guided-step').replaceChildren();
  if (step) {
    $('guided').dataset.step = step.id;
    $('guided-step').append(el('div', { class: 'step' + (step.destructive ? ' destructive' : ''), 'data-step': step.id },
      el('div', { class: 'step-title' }, step.title, step.destructive ? el('span', { class: 'badge' }, '⚠ 実行前に【注意】を読む') : null),
      el('p', { class: 'instructions' }, step.instructions)));
  }
  $('plan-view').hidden = (guided && active) || r.status === 'resolved';
  const tried = Object.entries(state.tried);
  $('tried').hidden = tried.length === 0;
  renderList('tried-list', tried, ([id, outcome]) => el('li', { 'data-tried': id, 'data-outcome': outcome },
    stepTitle(id), el('span', { class: 'outcome-label' }, `→ ${OUTCOME[outcome] || outcome}`)));
  $('resolved').hidden = r.status !== 'resolved';
  $('resolved-by').textContent = r.resolved_by ? `「${stepTitle(r.resolved_by)}」で解決しました。` : '';
  $('handoff').hidden = !(r.status === 'escalate' && r.handoff);
  $('handoff-summary').textContent = r.handoff ? r.handoff.summary : '';
}

document.addEventListener('DOMContentLoaded', () => {
  $('form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    diagnose();
  });
  $('text').addEventListener('input', () => {
    $('count').textContent = `${[...$('text').value].length} / 2000`;
  });
  for (const b of document.querySelectorAll('.example')) {
    b.addEventListener('click', () => {
      $('text').value = b.dataset.text;
      $('text').dispatchEvent(new Event('input'));
      diagnose();
    });
  }
  for (const b of document.querySelectorAll('button.outcome')) {
    b.addEventListener('click', () => {
      const step = $('guided').dataset.step;
      if (!step) return;
      state.tried[step] = b.dataset.outcome;
      diagnose();
    });
  }
  $('guided-mode').addEventListener('change', () => {
    if (state.lastRequest) diagnose();
  });
  $('reset').addEventListener('click', () => {
    state.answers = {};
    state.tried = {};
    state.lastText = null;
    state.lastRequest = null;
    $('text').value = '';
    $('text').dispatchEvent(new Event('input'));
    $('result').hidden = true;
    $('explain').hidden = true;
    $('answers').hidden = true;
    showError('');
  });
  $('explain-button').addEventListener('click', () => explain(true));
  $('explain-close').addEventListener('click', () => {
    $('explain').hidden = true;
  });
  loadKb();
});

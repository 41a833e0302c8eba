// SPDX-License-Identifier: Apache-2.0
// The phone page of a Lastmile workshop session. Every text from the server (names, questions,
// reasons) is written with textContent, never as markup. A vote is kept in this phone's
// storage until the server acknowledges it, and resent after any reconnection; the page says
// "Saved" only after the acknowledgement.
'use strict';

(function () {
  const KEY_TOKEN = 'lastmile.token';
  const KEY_CODE = 'lastmile.code';
  const KEY_SEQ = 'lastmile.seq';
  const KEY_OUTBOX = 'lastmile.outbox';
  const ANSWER_LABELS = { dk: "Don't know", na: 'Not applicable' };
  const BUCKETS = ['0', '1', '2', '3', '4', 'dk', 'na'];

  const $ = (id) => document.getElementById(id);
  const store = {
    get(key) { try { return window.localStorage.getItem(key); } catch (e) { return null; } },
    set(key, value) { try { window.localStorage.setItem(key, value); } catch (e) { /* private mode: memory only */ } },
    remove(key) { try { window.localStorage.removeItem(key); } catch (e) { /* ignore */ } },
  };

  let socket = null;
  let joined = false;     // welcomed as a respondent (not waiting)
  let retryDelay = 500;   // ms, doubled up to 8 s
  let retryTimer = null;
  let state = null;       // the last "state" message
  let scale = [];
  let countdown = null;
  let gone = false;       // refused for good: no reconnecting
  let memoryOutbox = [];
  let memorySeq = 0;

  function code() {
    const fromUrl = new URLSearchParams(window.location.search).get('code');
    if (fromUrl) {
      store.set(KEY_CODE, fromUrl);
      return fromUrl;
    }
    return store.get(KEY_CODE) || '';
  }

  function outbox() {
    const saved = store.get(KEY_OUTBOX);
    if (saved === null) return memoryOutbox;
    try { const list = JSON.parse(saved); return Array.isArray(list) ? list : []; } catch (e) { return []; }
  }
  function saveOutbox(list) { memoryOutbox = list; store.set(KEY_OUTBOX, JSON.stringify(list)); }
  function nextSeq() {
    const seq = Math.max(Number(store.get(KEY_SEQ) || 0), memorySeq) + 1;
    memorySeq = seq;
    store.set(KEY_SEQ, String(seq));
    return seq;
  }

  function show(id) {
    for (const section of document.querySelectorAll('main > section')) {
      section.hidden = section.id !== id;
    }
  }
  function setConnection(text, kind) {
    const el = $('connection');
    el.textContent = text;
    el.className = 'connection ' + (kind || '');
  }
  function answerLabel(answer) {
    if (answer in ANSWER_LABELS) return ANSWER_LABELS[answer];
    const level = Number(answer);
    return scale[level] ? answer + ' · ' + scale[level] : answer;
  }

  function send(object) {
    if (socket && socket.readyState === WebSocket.OPEN) {
      socket.send(JSON.stringify(object));
      return true;
    }
    return false;
  }

  function connect() {
    clearTimeout(retryTimer);
    retryTimer = null;
    if (gone || (socket && socket.readyState <= WebSocket.OPEN)) return;
    const theCode = code();
    if (!theCode) { showCodeScreen(''); return; }
    setConnection('Connecting…', 'busy');
    const ws = new WebSocket('ws://' + window.location.host + '/ws');
    socket = ws;
    ws.onopen = () => {
      retryDelay = 500;
      setConnection('Connected', 'ok');
      const hello = { type: 'hello', code: theCode };
      const token = store.get(KEY_TOKEN);
      if (token) hello.token = token;
      ws.send(JSON.stringify(hello));
    };
    ws.onmessage = (event) => {
      let message;
      try { message = JSON.parse(event.data); } catch (e) { return; }
      receive(message);
    };
    ws.onclose = () => {
      if (socket !== ws) return;
      socket = null;
      joined = false;
      if (gone) return;
      const waiting = outbox().length;
      setConnection(waiting ? 'Offline · ' + waiting + ' not sent yet' : 'Reconnecting…', 'bad');
      renderVoteStatus();
      retryTimer = setTimeout(connect, retryDelay);
      retryDelay = Math.min(retryDelay * 2, 8000);
    };
  }

  function flush() {
    if (!joined) return;
    for (const vote of outbox()) {
      send({ type: 'vote', question: vote.question, answer: vote.answer, reason: vote.reason || '', seq: vote.seq });
    }
  }

  function receive(message) {
    switch (message.type) {
      case 'names': return showNames(message);
      case 'welcome': return welcome(message);
      case 'state': return showState(message);
      case 'ack': return acknowledged(message);
      case 'rejected': return rejected(message);
      case 'retry': return setTimeout(flush, 2000);
      case 'refused': return refusedConnection(message.reason);
      default: return undefined;
    }
  }

  function showCodeScreen(problem) {
    show('screen-code');
    setConnection('Not joined', '');
    $('code-problem').textContent = problem;
  }

  function showNames(message) {
    store.remove(KEY_TOKEN); // unknown to this session: pick a name again (unsent votes stay)
    joined = false;
    $('round-name').textContent = message.round ? 'Round: ' + message.round : '';
    const list = $('name-list');
    list.replaceChildren();
    for (const person of message.names || []) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'name';
      button.textContent = person.name;
      if (person.taken) {
        button.disabled = true;
        button.title = 'Already answering from another phone';
      }
      button.addEventListener('click', () => send({ type: 'join', respondent: person.id }));
      list.appendChild(button);
    }
    show('screen-names');
  }

  function welcome(message) {
    if (message.token) store.set(KEY_TOKEN, message.token);
    if (message.waiting) {
      $('waiting-name').textContent = message.name;
      show('screen-waiting');
      return;
    }
    joined = true;
    $('hello-name').textContent = 'Hello, ' + message.name;
    if (!state) show('screen-closed');
    flush();
  }

  function pendingFor(questionId) {
    const list = outbox().filter((vote) => vote.question === questionId);
    return list.length ? list[list.length - 1] : null;
  }

  function castVote(answer, reason) {
    if (!state || state.phase !== 'collecting' || !state.question) return;
    const questionId = state.question.id;
    const vote = { question: questionId, answer: answer, reason: reason || '', seq: nextSeq() };
    // Only the newest vote on a question matters; older unsent ones need not travel.
    const list = outbox().filter((v) => v.question !== questionId);
    list.push(vote);
    saveOutbox(list);
    send({ type: 'vote', question: vote.question, answer: vote.answer, reason: vote.reason, seq: vote.seq });
    renderQuestion();
  }

  function acknowledged(message) {
    saveOutbox(outbox().filter((vote) => vote.seq > message.seq || vote.question !== message.question));
    if (state && state.question && state.question.id === message.question && message.answer) {
      state.mine = { answer: message.answer, reason: message.reason || '' };
      state.saved = true;
    }
    if (socket) setConnection('Connected', 'ok');
    renderQuestion();
  }

  function rejected(message) {
    if (message.seq === undefined) {
      $('name-problem').textContent = message.reason === 'taken'
        ? 'Someone already answers with that name. Ask the facilitator if it is you.'
        : 'That name cannot be used. Type your name as plain text, at most 40 characters.';
      return;
    }
    saveOutbox(outbox().filter((vote) => vote.seq !== message.seq));
    const text = message.reason === 'closed'
      ? 'The question closed before your answer arrived: it was not counted.'
      : 'Your answer was not accepted.';
    renderQuestion(text);
  }

  function refusedConnection(reason) {
    const texts = {
      code: ['Wrong join code', 'Check the code on the projector and type it again.'],
      locked: ['Too many wrong codes', 'This network address typed too many wrong codes. Try again in a minute.'],
      sockets: ['Open on too many tabs', 'Your name is open in too many tabs or phones. Close the others and reload.'],
      refused: ['Not admitted', 'The facilitator did not admit this name.'],
      released: ['Signed out', 'The facilitator released your name. Pick it again to continue.'],
      ended: ['Voting has ended', 'The facilitator stopped phone voting. If it starts again, scan the new code.'],
    };
    if (reason === 'code') {
      store.remove(KEY_CODE);
      gone = true;
      showCodeScreen(texts.code[1]);
      return;
    }
    if (reason === 'refused' || reason === 'released') {
      store.remove(KEY_TOKEN); // pick a name again after reconnecting
      return;
    }
    if (texts[reason]) {
      gone = reason !== 'rate';
      show('screen-gone');
      $('gone-title').textContent = texts[reason][0];
      $('gone-text').textContent = texts[reason][1];
    }
  }

  function showState(message) {
    const sameQuestion = state && state.question && message.question && state.question.id === message.question.id;
    state = message;
    state.saved = !!message.mine;
    if (message.question) scale = message.question.scale || scale;
    startCountdown(message.secondsLeft);
    if (message.phase === 'collecting') {
      if (!sameQuestion) $('na-form').hidden = true;
      renderQuestion();
      show('screen-question');
    } else if (message.phase === 'revealed') {
      renderReveal();
      show('screen-revealed');
    } else {
      show('screen-closed');
    }
  }

  function context(question) {
    return [question.initiative, question.friction].filter(Boolean).join(' · ');
  }
  function position() {
    return state.count > 0 ? 'Question ' + (state.position + 1) + ' of ' + state.count : '';
  }

  function renderQuestion(problem) {
    if (!state || state.phase !== 'collecting' || !state.question) return;
    const question = state.question;
    $('q-position').textContent = position();
    $('q-context').textContent = context(question);
    $('q-text').textContent = question.text;
    $('q-help').textContent = question.help || '';
    const pending = pendingFor(question.id);
    const current = pending ? pending.answer : (state.mine ? state.mine.answer : null);
    const levels = $('levels');
    if (levels.childElementCount !== 5 || levels.dataset.question !== question.id) {
      levels.replaceChildren();
      levels.dataset.question = question.id;
      question.levels.forEach((anchor, level) => {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'answer level';
        button.dataset.answer = String(level);
        const head = document.createElement('span');
        head.className = 'level-head';
        head.textContent = level + ' · ' + (question.scale[level] || '');
        const body = document.createElement('span');
        body.className = 'level-anchor';
        body.textContent = anchor;
        button.append(head, body);
        button.addEventListener('click', () => castVote(String(level), ''));
        levels.appendChild(button);
      });
    }
    for (const button of document.querySelectorAll('#screen-question .answer')) {
      const chosen = button.dataset.answer === current;
      button.classList.toggle('chosen', chosen);
      button.setAttribute('aria-pressed', chosen ? 'true' : 'false');
    }
    renderVoteStatus(problem);
  }

  function renderVoteStatus(problem) {
    const status = $('vote-status');
    if (!state || !state.question) { status.textContent = ''; return; }
    const pending = pendingFor(state.question.id);
    if (problem) {
      status.textContent = problem;
      status.className = 'vote-status problem';
    } else if (pending) {
      status.textContent = (socket && joined ? 'Sending: ' : 'Not sent yet (offline): ') + answerLabel(pending.answer);
      status.className = 'vote-status pending';
    } else if (state.mine) {
      status.textContent = 'Saved: ' + answerLabel(state.mine.answer) + '. Tap another answer to change it.';
      status.className = 'vote-status saved';
    } else {
      status.textContent = 'Tap your answer.';
      status.className = 'vote-status';
    }
  }

  function renderReveal() {
    const question = state.question;
    const reveal = state.reveal || { counts: [0, 0, 0, 0, 0, 0, 0], answered: 0, roster: 0 };
    $('r-position').textContent = position();
    $('r-context').textContent = context(question);
    $('r-text').textContent = question.text;
    const most = Math.max(1, ...reveal.counts);
    const chart = $('distribution');
    chart.replaceChildren();
    BUCKETS.forEach((bucket, index) => {
      const row = document.createElement('div');
      row.className = 'bar-row' + (state.mine && state.mine.answer === bucket ? ' mine' : '');
      const label = document.createElement('span');
      label.className = 'bar-label';
      label.textContent = index < 5 ? bucket + ' · ' + (question.scale[index] || '') : ANSWER_LABELS[bucket];
      const track = document.createElement('span');
      track.className = 'bar-track';
      const bar = document.createElement('span');
      bar.className = 'bar bar-' + bucket;
      bar.style.width = (100 * reveal.counts[index] / most) + '%';
      track.appendChild(bar);
      const count = document.createElement('span');
      count.className = 'bar-count';
      count.textContent = String(reveal.counts[index]);
      row.append(label, track, count);
      if (reveal.names && reveal.names[index].length) {
        const names = document.createElement('span');
        names.className = 'bar-names';
        names.textContent = reveal.names[index].join(', ');
        row.appendChild(names);
      }
      chart.appendChild(row);
    });
    const parts = [reveal.answered + ' of ' + reveal.roster + ' answered'];
    if (reveal.median !== undefined) parts.push('median ' + reveal.median);
    if (reveal.median !== undefined) parts.push('spread ' + reveal.spread);
    if (reveal.disagreement) parts.push('the room disagrees');
    $('r-summary').textContent = parts.join(' · ');
    $('r-mine').textContent = state.mine ? 'Your answer: ' + answerLabel(state.mine.answer) : 'You did not answer this question.';
  }

  function startCountdown(seconds) {
    clearInterval(countdown);
    const timer = $('q-timer');
    if (typeof seconds !== 'number' || seconds < 0) { timer.hidden = true; return; }
    let left = seconds;
    const paint = () => {
      timer.hidden = false;
      timer.textContent = Math.floor(left / 60) + ':' + String(left % 60).padStart(2, '0') + ' left';
    };
    paint();
    countdown = setInterval(() => { if (left > 0) { left -= 1; paint(); } }, 1000);
  }

  function init() {
    $('code-form').addEventListener('submit', (event) => {
      event.preventDefault();
      const typed = $('code-input').value.trim();
      if (!typed) return;
      store.set(KEY_CODE, typed);
      const url = new URL(window.location.href);
      url.searchParams.set('code', typed);
      window.history.replaceState(null, '', url.toString());
      gone = false;
      connect();
    });
    $('name-form').addEventListener('submit', (event) => {
      event.preventDefault();
      const typed = $('name-input').value.trim();
      if (typed) send({ type: 'join', name: typed });
    });
    $('answer-dk').addEventListener('click', () => castVote('dk', ''));
    $('answer-na').addEventListener('click', () => {
      $('na-form').hidden = false;
      $('na-reason').focus();
    });
    $('na-form').addEventListener('submit', (event) => {
      event.preventDefault();
      castVote('na', $('na-reason').value.trim());
      $('na-form').hidden = true;
    });
    // A phone that wakes up or finds the network again reconnects at once.
    window.addEventListener('online', connect);
    document.addEventListener('visibilitychange', () => { if (!document.hidden) connect(); });
    connect();
  }

  init();
}());

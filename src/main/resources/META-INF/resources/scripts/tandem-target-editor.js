/*
 * The English target of the active segment: a plain textarea that grows with its text, with a
 * layer behind it that underlines QA findings (spelling, grammar, terminology) at their exact
 * characters. The textarea's background is transparent, so the underlines show through while the
 * translator types in an ordinary text field. Everything user-written goes into text nodes, never
 * into markup.
 *
 * The editor's keys are handled here and sent to the server as events, after the current value:
 * a shortcut never acts on a value the server has not seen yet.
 */
const DIGIT = /^Digit([1-9])$/;

class TandemTargetEditor extends HTMLElement {
  constructor() {
    super();
    this._value = '';
    this._sent = '';
    this._readonly = false;
    this._placeholder = '';
    this._findings = [];
    this._timer = null;
  }

  connectedCallback() {
    if (!this._built) {
      this._build();
    }
    ['value', 'readonly', 'placeholder'].forEach((p) => this._upgrade(p));
    this._grow();
    if (this._wantFocus) {
      this.focusSoon();
    } else if (this._focused && (!document.activeElement || document.activeElement === document.body)) {
      // the list redrew this row while the translator was typing: the caret goes back where it was
      this._ta.focus({ preventScroll: true });
    }
  }

  /** A property Flow set before this class was defined would hide the accessor. */
  _upgrade(prop) {
    if (Object.prototype.hasOwnProperty.call(this, prop)) {
      const v = this[prop];
      delete this[prop];
      this[prop] = v;
    }
  }

  _build() {
    this._built = true;
    const wrap = document.createElement('div');
    wrap.className = 'te-wrap';
    const marks = document.createElement('div');
    marks.className = 'te-marks';
    marks.setAttribute('aria-hidden', 'true');
    const ta = document.createElement('textarea');
    ta.className = 'te-input';
    ta.rows = 1;
    ta.spellcheck = false;
    ta.setAttribute('aria-label', this.getAttribute('aria-label') || 'English target');
    const fixes = document.createElement('div');
    fixes.className = 'te-fixes';
    fixes.hidden = true;
    wrap.append(marks, ta);
    this.append(wrap, fixes);
    this._ta = ta;
    this._marks = marks;
    this._fixes = fixes;
    ta.value = this._value;
    ta.readOnly = this._readonly;
    ta.placeholder = this._placeholder;
    ta.addEventListener('input', () => this._onInput());
    ta.addEventListener('focus', () => { this._focused = true; });
    ta.addEventListener('blur', () => {
      this._flush();
      // the list moving this element blurs it too; only focus that went somewhere else means the translator left
      setTimeout(() => {
        const a = document.activeElement;
        if (a && a !== document.body && a !== ta) this._focused = false;
      }, 0);
    });
    ta.addEventListener('keydown', (e) => this._onKey(e));
    ta.addEventListener('click', () => this._showFixesAtCaret());
    ta.addEventListener('keyup', (e) => {
      if (/^(Arrow|Home|End|Page)/.test(e.key)) this._showFixesAtCaret();
    });
    ta.addEventListener('mousemove', (e) => this._hover(e));
    ta.addEventListener('mouseleave', () => ta.removeAttribute('title'));
    // The grid takes Enter, Escape and F2 for its own cell navigation; inside the editor they belong to the text.
    this.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === 'Escape' || e.key === 'F2') e.stopPropagation();
    });
    new ResizeObserver(() => this._grow()).observe(wrap);
  }

  get value() {
    return this._value;
  }

  set value(v) {
    const text = v == null ? '' : String(v);
    this._value = text;
    this._sent = text;
    if (this._ta && this._ta.value !== text) {
      this._ta.value = text;
      this._pruneFindings();
      this._grow();
    }
  }

  get readonly() {
    return this._readonly;
  }

  set readonly(v) {
    this._readonly = !!v;
    if (this._ta) this._ta.readOnly = this._readonly;
  }

  get placeholder() {
    return this._placeholder;
  }

  set placeholder(v) {
    this._placeholder = v || '';
    if (this._ta) this._ta.placeholder = this._placeholder;
  }

  _onInput() {
    this._value = this._ta.value;
    this._pruneFindings();
    this._grow();
    clearTimeout(this._timer);
    this._timer = setTimeout(() => this._flush(), 300);
  }

  /** Sends the value to the server now (Flow listens to value-changed). */
  _flush() {
    clearTimeout(this._timer);
    this._timer = null;
    if (this._value !== this._sent) {
      this._sent = this._value;
      this.dispatchEvent(new CustomEvent('value-changed', { detail: { value: this._value } }));
    }
  }

  _fire(name, detail) {
    this._flush();
    this.dispatchEvent(new CustomEvent(name, { detail: detail || {} }));
  }

  _onKey(e) {
    const digit = DIGIT.exec(e.code || '');
    if (e.key === 'Enter' && e.ctrlKey && !e.altKey && !e.shiftKey) {
      e.preventDefault();
      this._fire('tandem-confirm');
    } else if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && e.ctrlKey && !e.altKey && !e.shiftKey) {
      e.preventDefault();
      this._fire('tandem-move', { delta: e.key === 'ArrowDown' ? 1 : -1 });
    } else if (e.ctrlKey && e.shiftKey && !e.altKey && (e.key === 'Insert' || e.code === 'KeyS')) {
      e.preventDefault();
      this._fire('tandem-copy-source');
    } else if (digit && e.altKey && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      this._fire('tandem-term', { n: Number(digit[1]) });
    } else if (e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey && /^Key[ACEHMORST]$/.test(e.code || '')) {
      // the row's actions (merge, split, comment, history, glossary, review): handled here so they never depend on where the event bubbles
      e.preventDefault();
      e.stopPropagation();
      this._fire('tandem-action-key', { key: e.code.charAt(3) });
    } else if (digit && e.ctrlKey && e.shiftKey && !e.altKey) {
      e.preventDefault();
      this._fire('tandem-memory', { n: Number(digit[1]) });
    } else if (e.key === 'Escape' && !this._fixes.hidden) {
      this._fixes.hidden = true;
    }
  }

  _grow() {
    if (!this._ta) return;
    const ta = this._ta;
    ta.style.height = 'auto';
    ta.style.height = ta.scrollHeight + 'px';
    this._marks.style.height = ta.style.height;
  }

  /** Findings for {@code text}; ignored if the translator has typed on since (their offsets no longer fit). */
  setFindings(text, findings) {
    if (!this._ta || text !== this._ta.value) return;
    // where findings overlap, the narrower one is drawn: it says more precisely where the problem is
    const chosen = [];
    (findings || []).filter((f) => f.start >= 0 && f.end > f.start && f.end <= text.length)
      .sort((a, b) => (a.end - a.start) - (b.end - b.start))
      .forEach((f) => {
        if (chosen.every((c) => f.end <= c.start || f.start >= c.end)) chosen.push(f);
      });
    this._findings = chosen.map((f) => Object.assign({}, f, { text: text.substring(f.start, f.end) }))
      .sort((a, b) => a.start - b.start);
    this._render();
  }

  /** Keeps only the findings whose characters are still where they were. */
  _pruneFindings() {
    const v = this._ta ? this._ta.value : this._value;
    const before = this._findings.length;
    this._findings = this._findings.filter((f) => v.substring(f.start, f.end) === f.text);
    if (before !== this._findings.length || this._marks.childNodes.length === 0) this._render();
  }

  _render() {
    const v = this._ta.value;
    const m = this._marks;
    m.textContent = '';
    let at = 0;
    this._findings.forEach((f, i) => {
      if (f.start < at) return; // overlapping: the first one is shown
      m.append(document.createTextNode(v.substring(at, f.start)));
      const span = document.createElement('span');
      span.className = 'te-mark te-' + String(f.severity || 'warning').toLowerCase() + (f.kind ? ' te-' + f.kind : '');
      span.dataset.i = String(i);
      span.textContent = f.text;
      m.append(span);
      at = f.end;
    });
    m.append(document.createTextNode(v.substring(at) + '\n'));
    this.toggleAttribute('has-findings', this._findings.length > 0);
    this._showFixesAtCaret();
  }

  /** The message of the underlined words under the pointer, as the textarea's tooltip. */
  _hover(e) {
    let message = null;
    for (const span of this._marks.querySelectorAll('.te-mark')) {
      for (const r of span.getClientRects()) {
        if (e.clientX >= r.left && e.clientX <= r.right && e.clientY >= r.top && e.clientY <= r.bottom) {
          message = this._findings[Number(span.dataset.i)].message;
        }
      }
    }
    if (message) this._ta.title = message;
    else this._ta.removeAttribute('title');
  }

  /** With the caret in an underlined span: its message and one button per suggested fix, under the text. */
  _showFixesAtCaret() {
    const ta = this._ta;
    const caret = ta.selectionStart;
    const f = document.activeElement === ta && ta.selectionStart === ta.selectionEnd
      ? this._findings.find((x) => x.start <= caret && caret <= x.end) : null;
    const box = this._fixes;
    box.textContent = '';
    if (!f) {
      box.hidden = true;
      return;
    }
    const msg = document.createElement('span');
    msg.className = 'te-fix-message';
    msg.textContent = f.message;
    if (f.en) msg.lang = 'en'; // LanguageTool's own explanation stays English
    box.append(msg);
    (f.suggestions || []).forEach((s) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'te-fix';
      b.textContent = s;
      b.addEventListener('mousedown', (e) => e.preventDefault()); // keep the caret in the text
      b.addEventListener('click', () => this._apply(f, s));
      box.append(b);
    });
    box.hidden = false;
  }

  _apply(f, replacement) {
    const ta = this._ta;
    if (ta.readOnly || ta.value.substring(f.start, f.end) !== f.text) return;
    ta.setRangeText(replacement, f.start, f.end, 'end');
    ta.focus();
    this._onInput();
    this._flush();
  }

  /** Inserts at the caret (replacing a selection), with a space before it where words would run together. */
  insertAtCaret(text) {
    const ta = this._ta;
    if (!ta || ta.readOnly) return;
    const start = ta.selectionStart ?? ta.value.length;
    const end = ta.selectionEnd ?? start;
    const before = ta.value.substring(0, start);
    const glue = before.length > 0 && !/\s$/.test(before) ? ' ' : '';
    ta.setRangeText(glue + text, start, end, 'end');
    ta.focus();
    this._onInput();
    this._flush();
  }

  replaceText(text) {
    const ta = this._ta;
    if (!ta || ta.readOnly) return;
    ta.value = text;
    ta.setSelectionRange(text.length, text.length);
    ta.focus();
    this._onInput();
    this._flush();
  }

  /**
   * Focuses the text once the grid has put this editor into the active row, and keeps it there
   * through the grid's last redraws of that row (never taking the focus from anything else the
   * translator has gone to).
   */
  focusSoon() {
    this._wantFocus = true;
    let frames = 0;
    let settled = 0;
    let told = false;
    // the server fills what goes with the segment (side panel) once the caret is in place, a frame
    // later, so that none of that work stands between Ctrl+Enter and typing
    const tell = () => {
      if (told) return;
      told = true;
      requestAnimationFrame(() => this.dispatchEvent(new CustomEvent('tandem-settled')));
    };
    const inActiveRow = () => {
      const grid = this.closest('vaadin-grid');
      if (!grid) return true;
      const content = this.closest('vaadin-grid-cell-content');
      const row = content && content.assignedSlot && content.assignedSlot.closest('tr');
      return !!row && (grid.__activeIndex === undefined || row.index === grid.__activeIndex);
    };
    const step = () => {
      const ta = this._ta;
      if (ta && this.isConnected && ta.getClientRects().length > 0 && inActiveRow()) {
        const free = !document.activeElement || document.activeElement === document.body;
        if (document.activeElement !== ta && (this._wantFocus || free)) {
          ta.focus({ preventScroll: true });
          if (this._wantFocus) ta.setSelectionRange(ta.value.length, ta.value.length);
          this._grow();
        }
        this._wantFocus = false;
        tell();
        if (++settled > 20) return;
      }
      if (++frames < 300) requestAnimationFrame(step);
      else tell();
    };
    requestAnimationFrame(step);
  }
}

if (!customElements.get('tandem-target-editor')) {
  customElements.define('tandem-target-editor', TandemTargetEditor);
}

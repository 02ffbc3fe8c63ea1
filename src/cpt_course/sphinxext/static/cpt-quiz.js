// @ts-check
// Quiz widget of cpt-course: checks answers, shows feedback, keeps score and progress.
// The page holds the questions as native form controls; labels come from data-cpt-ui (JSON).
"use strict";
(() => {
  /** @param {string} template @param {Record<string, string | number>} values */
  const fill = (template, values) =>
    template.replace(/\{(\w+)\}/g, (all, key) => (key in values ? String(values[key]) : all));

  /** Storage may be off (private mode): the quiz then works without saved progress. @param {() => any} action */
  const safe = (action) => { try { return action(); } catch { return null; } };
  const store = {
    /** @param {string} key */
    get: (key) => safe(() => JSON.parse(localStorage.getItem(key) || "null")),
    /** @param {string} key @param {unknown} value */
    set: (key, value) => safe(() => localStorage.setItem(key, JSON.stringify(value))),
    /** @param {string} key */
    remove: (key) => safe(() => localStorage.removeItem(key)),
  };

  /** @param {string} tag @param {string} className @param {string} [text] */
  const make = (tag, className, text) => {
    const element = document.createElement(tag);
    element.className = className;
    if (text !== undefined) element.textContent = text;
    return element;
  };

  class Question {
    /** @param {HTMLFormElement} form @param {Quiz} quiz */
    constructor(form, quiz) {
      this.form = form;
      this.quiz = quiz;
      this.ui = quiz.ui;
      this.id = form.dataset.questionId || "";
      this.type = form.dataset.type || "single";
      this.weight = Number(form.dataset.weight || "1");
      this.key = `${quiz.course}:quiz:${quiz.id}:${this.id}`;
      this.status = /** @type {HTMLElement} */ (form.querySelector(".cpt-status"));
      this.list = form.querySelector(".cpt-choices");
      this.correct = false;
      const actions = make("div", "cpt-actions");
      this.checkButton = make("button", "cpt-check", this.ui.check);
      this.checkButton.setAttribute("type", "submit");
      this.retryButton = make("button", "cpt-retry", this.ui.retry);
      this.retryButton.setAttribute("type", "button");
      this.retryButton.hidden = true;
      actions.append(this.checkButton, this.retryButton);
      this.status.before(actions);
      if (this.type === "ordering") this.addMoveButtons();
      form.addEventListener("submit", (event) => { event.preventDefault(); this.check(); });
      this.retryButton.addEventListener("click", () => { this.clear(); this.focusFirst(); });
    }

    /** @returns {HTMLLIElement[]} */
    items() {
      return this.list ? Array.from(this.list.querySelectorAll(":scope > li")) : [];
    }

    /** @returns {HTMLInputElement[]} */
    inputs() {
      return Array.from(this.form.querySelectorAll("input"));
    }

    focusFirst() {
      const target = /** @type {HTMLElement | null} */ (this.form.querySelector("input, button"));
      if (target) target.focus();
    }

    addMoveButtons() {
      for (const item of this.items()) {
        const text = (item.querySelector(".cpt-choice-text")?.textContent || "").trim();
        const controls = make("span", "cpt-move");
        for (const [direction, label] of [["up", this.ui.moveUp], ["down", this.ui.moveDown]]) {
          const button = make("button", `cpt-move-${direction}`, direction === "up" ? "↑" : "↓");
          button.setAttribute("type", "button");
          button.setAttribute("aria-label", fill(label, { item: text }));
          button.addEventListener("click", () => this.move(item, direction === "up" ? -1 : 1, button));
          controls.append(button);
        }
        item.prepend(controls);
      }
    }

    /** @param {HTMLLIElement} item @param {number} step @param {HTMLElement} button */
    move(item, step, button) {
      const items = this.items();
      const target = items.indexOf(item) + step;
      if (!this.list || target < 0 || target >= items.length) return;
      if (step < 0) items[target].before(item); else items[target].after(item);
      button.focus();
      const text = (item.querySelector(".cpt-choice-text")?.textContent || "").trim();
      this.say(fill(this.ui.moved, { item: text, position: target + 1, total: items.length }));
    }

    /** @param {string} message @param {string} [tone] */
    say(message, tone = "") {
      this.status.textContent = message;
      this.status.className = `cpt-status ${tone}`.trim();
    }

    /** The learner's current answer, or null when nothing is answered. */
    answer() {
      if (this.type === "numeric") {
        const value = this.inputs()[0].value.trim();
        return value ? value : null;
      }
      if (this.type === "ordering") return this.items().map((li) => Number(li.dataset.index));
      const chosen = this.inputs().filter((input) => input.checked).map((input) => Number(input.value));
      return chosen.length ? chosen : null;
    }

    /** @param {string | number[]} answer */
    restoreAnswer(answer) {
      if (this.type === "numeric") {
        this.inputs()[0].value = String(answer);
      } else if (this.type === "ordering" && Array.isArray(answer) && this.list) {
        const byIndex = new Map(this.items().map((li) => [Number(li.dataset.index), li]));
        for (const index of answer) {
          const li = byIndex.get(index);
          if (li) this.list.append(li);
        }
      } else if (Array.isArray(answer)) {
        for (const input of this.inputs()) input.checked = answer.includes(Number(input.value));
      }
    }

    /** @param {string | number[]} answer @returns {"right" | "wrong" | "partial" | "invalid"} */
    evaluate(answer) {
      if (this.type === "numeric") {
        const value = Number(String(answer).replace(/[\s\u00a0\u202f]/g, "").replace(",", "."));
        if (!Number.isFinite(value)) return "invalid";
        const expected = Number(this.form.dataset.answer);
        const tolerance = Number(this.form.dataset.tolerance || "0");
        return Math.abs(value - expected) <= tolerance + 1e-9 ? "right" : "wrong";
      }
      if (this.type === "ordering") {
        const ranks = this.items().map((li) => Number(li.dataset.rank));
        return ranks.every((rank, position) => rank === position) ? "right" : "wrong";
      }
      const expected = (this.form.dataset.correct || "").split(",").map(Number);
      const chosen = /** @type {number[]} */ (answer);
      const hits = chosen.filter((index) => expected.includes(index)).length;
      if (hits === expected.length && chosen.length === expected.length) return "right";
      return hits > 0 && this.type === "multiple" ? "partial" : "wrong";
    }

    check() {
      const answer = this.answer();
      if (answer === null) { this.say(this.ui.unanswered, "cpt-warn"); return; }
      const result = this.evaluate(answer);
      if (result === "invalid") { this.say(this.ui.invalidNumber, "cpt-warn"); return; }
      this.show(answer, result);
      store.set(this.key, { answer, result });
      this.quiz.updateScore();
    }

    /** @param {string | number[]} answer @param {string} result */
    show(answer, result) {
      this.clearMarks();
      this.correct = result === "right";
      const expected = (this.form.dataset.correct || "").split(",").filter(Boolean).map(Number);
      this.items().forEach((item, position) => {
        const index = Number(item.dataset.index);
        const chosen = Array.isArray(answer) && answer.includes(index);
        const right = this.type === "ordering" ? Number(item.dataset.rank) === position : expected.includes(index);
        let mark = "";
        if (this.type === "ordering") mark = right ? this.ui.right : this.ui.wrong;
        else if (chosen) mark = `${this.ui.chosen}: ${right ? this.ui.right : this.ui.wrong}`;
        else if (this.type === "multiple" && right) mark = this.ui.missed;
        if (!mark) return;
        item.classList.add(right ? "cpt-right" : "cpt-wrong");
        item.append(make("span", "cpt-mark", `${right ? "✓" : "✗"} ${mark}`));
        this.reveal(item.querySelector(".cpt-feedback"));
      });
      this.reveal(this.form.querySelector(".cpt-explanation"));
      let message = this.ui[{ right: "correct", partial: "partial" }[result] || "incorrect"];
      if (this.type === "numeric" && result !== "right") {
        message += " " + fill(this.ui.expected, { answer: this.form.dataset.answer || "" });
      }
      this.say(message, result === "right" ? "cpt-ok" : "cpt-ko");
      this.lock(true);
    }

    /** @param {Element | null} element @param {boolean} [shown] */
    reveal(element, shown = true) {
      if (element) /** @type {HTMLElement} */ (element).hidden = !shown;
    }

    /** @param {boolean} locked */
    lock(locked) {
      for (const control of this.form.querySelectorAll("input, .cpt-move button")) {
        /** @type {HTMLInputElement} */ (control).disabled = locked;
      }
      this.checkButton.hidden = locked;
      this.retryButton.hidden = !locked;
    }

    clearMarks() {
      for (const mark of this.form.querySelectorAll(".cpt-mark")) mark.remove();
      for (const item of this.items()) item.classList.remove("cpt-right", "cpt-wrong");
      for (const hidden of this.form.querySelectorAll(".cpt-feedback, .cpt-explanation")) this.reveal(hidden, false);
    }

    clear() {
      this.clearMarks();
      this.correct = false;
      this.say("");
      this.lock(false);
    }

    reset() {
      this.clear();
      for (const input of this.inputs()) { input.checked = false; if (input.type === "text") input.value = ""; }
      store.remove(this.key);
    }

    restore() {
      const saved = store.get(this.key);
      if (!saved || saved.answer === undefined) return;
      this.restoreAnswer(saved.answer);
      const result = this.evaluate(saved.answer);
      if (result !== "invalid") this.show(saved.answer, result);
    }
  }

  class Quiz {
    /** @param {HTMLElement} root @param {Quiz[]} page */
    constructor(root, page) {
      this.root = root;
      this.page = page;
      this.id = root.dataset.quizId || "";
      this.course = root.dataset.course || "cpt-course";
      /** @type {Record<string, string>} */
      this.ui = JSON.parse(root.dataset.cptUi || "{}");
      this.questions = Array.from(root.querySelectorAll("form.cpt-question"))
        .map((form) => new Question(/** @type {HTMLFormElement} */ (form), this));
      this.score = /** @type {HTMLElement} */ (root.querySelector(".cpt-score"));
      const reset = make("button", "cpt-reset", this.ui.reset);
      reset.setAttribute("type", "button");
      reset.addEventListener("click", () => {
        for (const question of this.questions) question.reset();
        this.updateScore();
        this.score.textContent += ` ${this.ui.resetDone}`;
      });
      this.score.after(reset);
    }

    /** @returns {[number, number]} */
    tally() {
      let score = 0;
      let total = 0;
      for (const question of this.questions) {
        total += question.weight;
        if (question.correct) score += question.weight;
      }
      return [score, total];
    }

    updateScore() {
      for (const quiz of this.page) {
        const [score, total] = quiz.tally();
        let text = fill(quiz.ui.score, { score, total });
        if (this.page.length > 1) {
          const sums = this.page.map((q) => q.tally()).reduce((a, b) => [a[0] + b[0], a[1] + b[1]]);
          text += ` · ${fill(quiz.ui.moduleScore, { score: sums[0], total: sums[1] })}`;
        }
        quiz.score.textContent = text;
      }
    }
  }

  const start = () => {
    /** @type {Quiz[]} */
    const page = [];
    for (const root of document.querySelectorAll(".cpt-quiz[data-quiz-id]")) {
      page.push(new Quiz(/** @type {HTMLElement} */ (root), page));
    }
    for (const quiz of page) for (const question of quiz.questions) question.restore();
    if (page.length) page[0].updateScore();
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();

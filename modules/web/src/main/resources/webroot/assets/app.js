// BZPeer's web components. The server renders every section completely; these elements only upgrade what is
// already there (links and forms keep working with JavaScript off). No framework, no build step.

/** Parses a fragment of server-rendered HTML (which never contains scripts) into a DocumentFragment. */
function parseFragment(html) {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
}

async function fetchHtml(url, signal) {
  const response = await fetch(url, { headers: { Accept: 'text/html' }, credentials: 'same-origin', signal });
  const type = response.headers.get('Content-Type') || '';
  if (!response.ok || !type.startsWith('text/html')) {
    throw new Error(`${response.status} ${response.statusText}`.trim());
  }
  return response.text();
}

/**
 * <bz-include src="/fragments/…">placeholder</bz-include>: fetches the fragment and replaces itself with it
 * (like GitHub's include-fragment). While loading it is aria-busy; on failure it says so, with a retry button.
 * Fires `load` before replacing itself, or `error`.
 */
class IncludeElement extends HTMLElement {
  connectedCallback() {
    if (this.loading) return;
    if (this.getAttribute('loading') === 'lazy' && 'IntersectionObserver' in window) {
      this.observer = new IntersectionObserver((entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          this.observer.disconnect();
          this.load();
        }
      }, { rootMargin: '200px' });
      this.observer.observe(this);
    } else {
      this.load();
    }
  }

  disconnectedCallback() {
    if (this.observer) this.observer.disconnect();
    if (this.controller) this.controller.abort();
  }

  async load() {
    const src = this.getAttribute('src');
    if (!src) return;
    this.loading = true;
    this.setAttribute('aria-busy', 'true');
    this.controller = new AbortController();
    try {
      const html = await fetchHtml(src, this.controller.signal);
      this.dispatchEvent(new CustomEvent('load'));
      this.replaceWith(parseFragment(html));
    } catch (error) {
      if (error.name === 'AbortError') return;
      this.loading = false;
      this.setAttribute('aria-busy', 'false');
      this.showError(error);
      this.dispatchEvent(new CustomEvent('error', { detail: error }));
    }
  }

  showError(error) {
    const box = document.createElement('div');
    box.className = 'include-error';
    box.setAttribute('role', 'alert');
    const message = document.createElement('p');
    message.textContent = `This section could not be loaded (${error.message || 'network error'}).`;
    const retry = document.createElement('button');
    retry.type = 'button';
    retry.className = 'button button-secondary';
    retry.textContent = 'Try again';
    retry.addEventListener('click', () => {
      box.remove();
      this.load();
    });
    box.append(message, retry);
    this.replaceChildren(box);
    retry.focus();
  }
}

/**
 * <bz-more target="list-id"><a href="/page?after=…" data-fragment="/fragments/…?after=…">Show more</a></bz-more>:
 * appends the next page's items to the list in place; the link stays a real link for JavaScript-off users.
 * The fragment is a list whose data-next / data-next-fragment name the page after it (absent at the end).
 */
class MoreElement extends HTMLElement {
  connectedCallback() {
    this.addEventListener('click', (event) => this.onClick(event));
  }

  async onClick(event) {
    const link = event.target.closest('a[data-fragment]');
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey) return;
    event.preventDefault();
    if (this.getAttribute('aria-busy') === 'true') return;
    const list = document.getElementById(this.getAttribute('target'));
    this.setAttribute('aria-busy', 'true');
    try {
      const page = parseFragment(await fetchHtml(link.dataset.fragment)).firstElementChild;
      const items = [...page.children];
      list.append(...items);
      const next = page.dataset.next;
      if (next) {
        link.href = next;
        link.dataset.fragment = page.dataset.nextFragment;
      } else {
        this.remove();
      }
      const firstLink = items[0] && items[0].querySelector('a');
      if (firstLink) firstLink.focus();
    } catch (error) {
      window.location.href = link.href; // fall back to the plain page
    } finally {
      this.setAttribute('aria-busy', 'false');
    }
  }
}

/**
 * <bz-clamp>: a long text shown as a few lines, with a "more" link (to the full text's page when JavaScript is
 * off) that expands it in place. The link hides itself when the text fits.
 */
class ClampElement extends HTMLElement {
  connectedCallback() {
    this.text = this.querySelector('.clamped');
    this.toggle = this.querySelector('a.more');
    if (!this.text || !this.toggle) return;
    this.toggle.setAttribute('role', 'button');
    this.toggle.setAttribute('aria-expanded', 'false');
    this.toggle.addEventListener('click', (event) => {
      event.preventDefault();
      const expanded = this.classList.toggle('expanded');
      this.toggle.setAttribute('aria-expanded', String(expanded));
      const label = this.toggle.querySelector('.more-label') || this.toggle;
      label.textContent = expanded ? 'less' : 'more';
    });
    requestAnimationFrame(() => {
      if (this.text.scrollHeight <= this.text.clientHeight + 1) this.toggle.hidden = true;
    });
  }
}

customElements.define('bz-include', IncludeElement);
customElements.define('bz-more', MoreElement);
customElements.define('bz-clamp', ClampElement);

/**
 * <bz-follow><form …></form></bz-follow>: follows and unfollows in place. Without JavaScript the form posts and
 * the page reloads; with it, the same post asks for JSON and the button updates.
 */
class FollowElement extends HTMLElement {
  connectedCallback() {
    this.addEventListener('submit', (event) => this.onSubmit(event));
  }

  async onSubmit(event) {
    const form = event.target;
    event.preventDefault();
    const button = form.querySelector('button');
    button.disabled = true;
    try {
      const response = await fetch(form.action, {
        method: 'POST',
        body: new URLSearchParams(new FormData(form)),
        headers: { Accept: 'application/json' },
        credentials: 'same-origin',
      });
      if (!response.ok || !(response.headers.get('Content-Type') || '').startsWith('application/json')) {
        form.submit(); // let the server explain (log-in, expired form …)
        return;
      }
      const state = await response.json();
      form.action = state.action;
      button.setAttribute('aria-pressed', String(state.following));
      button.classList.toggle('button-secondary', state.following);
      button.querySelector('.follow-label').textContent = state.following ? 'Following' : 'Follow researcher';
      button.querySelector('.count').textContent = String(state.followers);
      document.querySelectorAll('[data-followers-count]').forEach((el) => { el.textContent = String(state.followers); });
    } finally {
      button.disabled = false;
    }
  }
}

customElements.define('bz-follow', FollowElement);

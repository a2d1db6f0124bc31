import { useEffect, useState } from 'preact/hooks';
import { LANGS } from '../data/vocabulary';
import { autoLabel, LANG_NAMES, t } from '../utils/i18n';
import { chooseLang, type LangEnv, type LangSetting } from '../utils/language';
import type { Message, PopupState } from '../utils/messages';
import { progressOf } from '../utils/store/plans';
import { Checklist } from './Checklist';
import { LangContext } from './i18n';
import { PlanForm } from './PlanForm';
import { SiteList } from './SiteList';
import { VerdictPanel } from './VerdictPanel';
import { YourData } from './YourData';

interface Props {
  /** The tab the popup describes (the active tab). */
  tabId?: number;
  /** The browser's languages, which the "auto" setting follows (utils/language.ts). */
  langEnv: LangEnv;
  /** A plan to open on, as a reminder notification asks (`popup.html?plan=…`). */
  planId?: string;
  send(message: Message): Promise<PopupState>;
}

export function App({ tabId, langEnv, planId, send }: Props) {
  const [state, setState] = useState<PopupState | null>(null);
  const [problem, setProblem] = useState<'load' | 'save' | null>(null);
  /** Counts the times the shown state was put back to what is stored after a change failed. */
  const [corrections, setCorrections] = useState(0);
  const [creating, setCreating] = useState(false);

  /** Sends a change; resolves with whether the background stored it. */
  const dispatch = (message: Message): Promise<boolean> =>
    send(message).then(
      (next) => {
        setState(next);
        setProblem(null);
        return true;
      },
      () => {
        setProblem(message.type === 'state/get' ? 'load' : 'save');
        // Show what is stored, not what the failed change would have made; the checkboxes are re-created,
        // since a box the user clicked would otherwise stay ticked (send has already retried what it safely can).
        if (message.type !== 'state/get') {
          void send({ type: 'state/get', tabId }).then(
            (stored) => {
              setState(stored);
              setCorrections((n) => n + 1);
            },
            () => setProblem('load'),
          );
        }
        return false;
      },
    );
  useEffect(() => {
    void dispatch(planId ? { type: 'plan/select', planId } : { type: 'state/get', tabId });
  }, []);

  const lang = chooseLang(state?.settings.lang, langEnv).lang;
  const auto = chooseLang('auto', langEnv);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  if (!state) {
    return <main>{problem ? <p role="alert">{t(lang, 'loadError')}</p> : null}</main>;
  }
  const active = state.plans.find((p) => p.id === state.activeId);
  const activeBrand = active && state.brands.find((b) => b.id === active.brand);
  const showForm = creating || !active || !activeBrand;

  return (
    <LangContext.Provider value={lang}>
      <main>
        <header class="top">
          <h1>{t(lang, 'appName')}</h1>
          <label class="lang">
            <span class="visually-hidden">{t(lang, 'language')}</span>
            <select
              aria-label={t(lang, 'language')}
              value={state.settings.lang}
              onChange={(e) =>
                dispatch({ type: 'settings/lang', lang: e.currentTarget.value as LangSetting })
              }
            >
              <option value="auto">{autoLabel(auto, lang)}</option>
              {LANGS.map((l) => (
                <option key={l} value={l}>
                  {LANG_NAMES[l]}
                </option>
              ))}
            </select>
          </label>
        </header>
        {problem && (
          <p role="alert" class="send-failed">
            {t(lang, problem === 'load' ? 'loadError' : 'saveFailed')}
          </p>
        )}
        {state.unseenProblems > 0 && (
          <div class="notice warning" role="alert">
            <p>{t(lang, 'storageProblem')}</p>
            <button type="button" onClick={() => dispatch({ type: 'problems/seen' })}>
              {t(lang, 'dismiss')}
            </button>
          </div>
        )}
        <VerdictPanel tab={state.tab} catalogue={state.catalogue} dispatch={dispatch} />
        {state.plans.length > 0 && (
          <nav class="plan-tabs" aria-label={t(lang, 'yourChecklists')}>
            {state.plans.map((plan) => {
              const brand = state.brands.find((b) => b.id === plan.brand);
              const progress = brand ? progressOf(plan, brand) : { done: 0, total: 0 };
              return (
                <button
                  key={plan.id}
                  type="button"
                  aria-pressed={!showForm && plan.id === state.activeId}
                  onClick={() => {
                    setCreating(false);
                    dispatch({ type: 'plan/select', planId: plan.id });
                  }}
                >
                  {brand ? brand.name[lang] : plan.brand} · {t(lang, `goal.${plan.goal}`)} ({progress.done}/
                  {progress.total})
                </button>
              );
            })}
            <button type="button" aria-pressed={showForm} onClick={() => setCreating(true)}>
              + {t(lang, 'newChecklist')}
            </button>
          </nav>
        )}
        {showForm ? (
          <PlanForm
            catalogue={state.catalogue}
            onCreate={(choice) => {
              // The form stays until the new plan is stored: closing it first would show the previous
              // checklist for a moment, and a failed save would lose the choices made.
              void dispatch({ type: 'plan/create', ...choice }).then((stored) => {
                if (stored) setCreating(false);
              });
            }}
            onCancel={active ? () => setCreating(false) : undefined}
          />
        ) : (
          <Checklist
            plan={active}
            brand={activeBrand}
            remindersOn={state.settings.reminders !== false}
            corrections={corrections}
            dispatch={dispatch}
          />
        )}
        <SiteList
          sites={state.settings.trustedSites}
          title="guard.trustedSites"
          actionLabel="guard.untrust"
          onAction={(site) => dispatch({ type: 'site/untrust', site })}
        />
        <SiteList
          sites={state.settings.hintsHiddenOn}
          title="assistant.hiddenOn"
          actionLabel="assistant.showAgain"
          onAction={(host) => dispatch({ type: 'settings/hints', host, hidden: false })}
        />
        <YourData
          request={send}
          dispatch={dispatch}
          onImported={() => void dispatch({ type: 'state/get', tabId })}
          keptAside={state.quarantine}
        />
        <footer>{t(lang, 'privacyLine')}</footer>
      </main>
    </LangContext.Provider>
  );
}

/**
 * The "take it with you" page (plan.html?plan=<id>), opened from the popup: one plan to print or export.
 */
import { render } from 'preact';
import { LangContext } from '../../components/i18n';
import { PrintPlan } from '../../components/planner/PrintPlan';
import { BRANDS } from '../../data/brands';
import { t } from '../../utils/i18n';
import { readLangEnv, resolveLang } from '../../utils/language';
import { send } from '../../utils/send';

const root = document.getElementById('app');
const planId = new URLSearchParams(location.search).get('plan');

if (root) {
  void Promise.all([send({ type: 'state/get' }), readLangEnv()]).then(([state, env]) => {
    const lang = resolveLang(state.settings.lang, env);
    document.documentElement.lang = lang;
    const plan = state.plans.find((p) => p.id === planId);
    const brand = plan && BRANDS.find((b) => b.id === plan.brand);
    document.title = `${t(lang, 'print.title')} · ${t(lang, 'appName')}`;
    render(
      <LangContext.Provider value={lang}>
        {plan && brand ? (
          <PrintPlan plan={plan} brand={brand} now={Date.now()} />
        ) : (
          <main>
            <p role="alert">{t(lang, 'print.notFound')}</p>
          </main>
        )}
      </LangContext.Provider>,
      root,
    );
  });
}

/** The small panel under every hint: hide hints on this site, or switch the language. */
import type { LangSetting } from '../../utils/i18n';
import { useUi } from './ui-context';

export function Controls() {
  const { strings, langSetting, languages, handlers } = useUi();
  return (
    <footer>
      <button type="button" class="hide-here" onClick={() => handlers.hideOnSite()}>
        {strings['assistant.hideHere']}
      </button>
      <select
        aria-label={strings.language}
        value={langSetting}
        onChange={(e) => handlers.setLang(e.currentTarget.value as LangSetting)}
      >
        {languages.map(({ value, label }) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </footer>
  );
}

import { Window } from 'happy-dom';

/** Parses `html` as the page at `url` with happy-dom (no scripts, no network) and hands its Document to `use`. */
export async function withDocument<T>(url: string, html: string, use: (doc: Document) => T): Promise<T> {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
      },
    },
  });
  try {
    window.document.write(html);
    return use(window.document as unknown as Document);
  } finally {
    await window.happyDOM.close();
  }
}

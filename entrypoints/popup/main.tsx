import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '@/components/Popup';
import { sendMessage } from '@/utils/send';
import './style.css';

async function start() {
  // The popup may be opened as a page in tests with ?tab=ID; otherwise it describes the active tab.
  const param = new URLSearchParams(location.search).get('tab');
  const tabId = param ? Number(param) : (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  const reply = tabId === undefined ? null : await sendMessage({ type: 'get-tab-status', tabId });
  render(<Popup status={reply?.status ?? null} />, document.getElementById('app')!);
}

void start();

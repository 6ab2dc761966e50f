// Words the renderer writes itself, per site language (conf.py `language`).
// The Chinese wording follows what Sphinx's own zh_CN translation shows readers.
import type { Labels } from './options.js';

const ZH_CN: Partial<Labels> = {
  attention: '注意',
  caution: '小心',
  danger: '危险',
  error: '错误',
  hint: '提示',
  important: '重要',
  note: '备注',
  tip: '小技巧',
  warning: '警告',
  seealso: '参见',
  todo: '待处理',
  versionadded: '在 {version} 版本加入',
  versionchanged: '在 {version} 版本发生变更',
  deprecated: '自 {version} 版本弃用',
  versionremoved: '在 {version} 版本移除',
  copy: '复制代码',
  permalink: '链接到此标题',
  unresolved: '未解析的引用',
  footnoteBacklink: '返回引用处',
  systemMessage: '系统消息',
  contents: '目录',
};

/** Labels for a Sphinx language code ('zh_CN', 'zh-cn', 'en', ...); English for anything unknown. */
export function labelsFor(language: string | undefined): Partial<Labels> {
  const normalized = (language ?? '').toLowerCase().replace('-', '_');
  if (normalized === 'zh_cn' || normalized === 'zh' || normalized === 'zh_hans') return ZH_CN;
  return {};
}

// Words the renderer writes itself, in the site's language (Sphinx translates
// them too: a zh_CN site says 注解 and 警告, not Note and Warning).
import type { Labels } from '../render/options.js';

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
  versionadded: '在 {version} 版本中新增',
  versionchanged: '在 {version} 版本中修改',
  deprecated: '自 {version} 版本弃用',
  versionremoved: '在 {version} 版本中移除',
  copy: '复制代码',
  permalink: '永久链接至标题',
  unresolved: '未解析的引用',
  contents: '目录',
};

export function labelsFor(language: string | null | undefined): Partial<Labels> {
  if (!language) return {};
  return /^zh/i.test(language) ? ZH_CN : {};
}

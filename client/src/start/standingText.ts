/**
 * The start page's words for standing bodies (议事会, 街镇), in both languages. Beside the page, not in
 * the app's strings, which every phone loads first; the forms themselves bring their own (council/).
 */
const zh = {
  heading: '常设议事会与街镇',
  intro:
    '议事会：固定场所、时间、人员，一次次开会，议题池随时征集议题。街镇：汇总所属议事会的会议、参与、落实和评分，查找共性问题。',
  council: '创建议事会',
  office: '创建街镇',
  loading: '正在载入…',
};

const en: typeof zh = {
  heading: 'Standing councils and offices',
  intro:
    'A council meets at the same place and time with the same people, meeting after meeting, and collects topics between meetings. An office (township or street) compares its councils to find the weak points they share.',
  council: 'Create a council',
  office: 'Create an office',
  loading: 'Loading…',
};

export function standingText(language: string | undefined): typeof zh {
  return language === 'en' ? en : zh;
}

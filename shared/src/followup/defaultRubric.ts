/**
 * The default scorecard (打分器), after the four areas the domain names: 议题调研论证,
 * 组织开展协商会议, 协商成果报送落实 (100 base points; key steps 10–14 points each, the rest at most 9), and
 * 协商工作探索创新 with 成果转化 as bonus items (at most 10), plus deductions.
 */
import type { Rubric } from '../model/rubric.js';

export const DEFAULT_RUBRIC: Rubric = {
  bonusCap: 10,
  categories: [
    {
      id: 'research',
      label: { 'zh-CN': '议题调研论证', en: 'Topic research and justification' },
      indicators: [
        {
          id: 'research.collected',
          kind: 'base',
          max: 9,
          key: false,
          label: { 'zh-CN': '议题自下而上广泛征集，来自群众关切', en: 'Topics were collected widely, from residents' },
        },
        {
          id: 'research.facts',
          kind: 'base',
          max: 10,
          key: true,
          label: { 'zh-CN': '深入调查，事实和数据有据可查', en: 'The facts were investigated, with sources' },
        },
        {
          id: 'research.options',
          kind: 'base',
          max: 6,
          key: false,
          label: {
            'zh-CN': '方案经过论证，听取专家和相关方意见',
            en: 'Options were examined with experts and those affected',
          },
        },
      ],
    },
    {
      id: 'meeting',
      label: { 'zh-CN': '组织开展协商会议', en: 'Organising the meeting' },
      indicators: [
        {
          id: 'meeting.announced',
          kind: 'base',
          max: 6,
          key: false,
          label: { 'zh-CN': '提前公布议题、时间和地点', en: 'Topics, time and place were announced in advance' },
        },
        {
          id: 'meeting.stakeholders',
          kind: 'base',
          max: 10,
          key: true,
          label: {
            'zh-CN': '各方利益相关者充分参与（含远程参会）',
            en: 'Every stakeholder group took part, remote people included',
          },
        },
        {
          id: 'meeting.rules',
          kind: 'base',
          max: 8,
          key: false,
          label: { 'zh-CN': '会议规则明确，发言有序公平', en: 'Clear rules; speaking was orderly and fair' },
        },
        {
          id: 'meeting.deliberation',
          kind: 'base',
          max: 10,
          key: true,
          label: {
            'zh-CN': '讨论充分，不同意见得到回应',
            en: 'Discussion was thorough and objections were answered',
          },
        },
        {
          id: 'meeting.decision',
          kind: 'base',
          max: 6,
          key: false,
          label: { 'zh-CN': '按议事规则形成决议', en: 'Decisions were reached by the agreed rule' },
        },
      ],
    },
    {
      id: 'outcome',
      label: { 'zh-CN': '协商成果报送落实', en: 'Reporting and carrying out the outcome' },
      indicators: [
        {
          id: 'outcome.assigned',
          kind: 'base',
          max: 12,
          key: true,
          label: {
            'zh-CN': '决议分层分类落实到责任人和办结时限',
            en: 'Each decision has owners, a tier and due dates',
          },
        },
        {
          id: 'outcome.done',
          kind: 'base',
          max: 14,
          key: true,
          label: { 'zh-CN': '按期办结，进展有记录', en: 'Action items were done on time, with recorded progress' },
        },
        {
          id: 'outcome.published',
          kind: 'base',
          max: 9,
          key: false,
          label: {
            'zh-CN': '办理结果及时公示，接受群众监督',
            en: 'Results were published for residents to check',
          },
        },
      ],
    },
    {
      id: 'innovation',
      label: { 'zh-CN': '协商工作探索创新（加分项）', en: 'Innovation (bonus)' },
      indicators: [
        {
          id: 'innovation.method',
          kind: 'bonus',
          max: 5,
          key: false,
          label: { 'zh-CN': '协商形式或方法有创新', en: 'A new form or method of deliberation' },
        },
        {
          id: 'innovation.results',
          kind: 'bonus',
          max: 5,
          key: false,
          label: {
            'zh-CN': '成果转化为制度或可推广的经验',
            en: 'The outcome became a lasting rule or a model for others',
          },
        },
      ],
    },
    {
      id: 'deductions',
      label: { 'zh-CN': '扣分项', en: 'Deductions' },
      indicators: [
        {
          id: 'deduction.formality',
          kind: 'deduction',
          max: 10,
          key: false,
          label: { 'zh-CN': '走过场、搞形式，未真正协商', en: 'Held for show, without real deliberation' },
        },
        {
          id: 'deduction.unresolved',
          kind: 'deduction',
          max: 10,
          key: false,
          label: {
            'zh-CN': '决议未落实或无故逾期',
            en: 'Decisions not carried out, or overdue without reason',
          },
        },
        {
          id: 'deduction.ignored',
          kind: 'deduction',
          max: 5,
          key: false,
          label: { 'zh-CN': '群众合理意见未予回应', en: 'Reasonable objections from residents went unanswered' },
        },
      ],
    },
  ],
};

/**
 * The help of every command in Chinese, for `--lang zh` anywhere in the arguments (`reviewclock due --help --lang
 * zh`, `reviewclock help due --lang zh`).
 *
 * The English stays where it is (`definitions/`, `options.ts`); this module holds the Chinese only: one table, keyed
 * by command path (`''` for the root, `'due'`, `'schedule add'`…), and {@link applyHelpZh}, which `buildProgram` calls
 * on the finished command tree when the language is `zh`. It replaces each command's summary, description, argument
 * and option descriptions and the text after the options, and sets a help formatter that writes commander's own words
 * in Chinese (the section titles, `（默认值：…）`, `（可选值：…）`, the built-in `-h, --help` and `help [command]`) and
 * wraps Chinese text, which has no spaces to break at, by its width on a terminal. test/cli/helpZh.test.ts fails when
 * a command, argument or option lacks its Chinese, or when the table names one that does not exist.
 *
 * Terms as in README.zh-CN.md: 工作日、休息日、调休上班日、届满日、时限、受理、计时中止、恢复计时、延长、放假安排（通知）、
 * 推算（projection）、规则（policy）、第0日、起算日。
 *
 * @module
 */
import { Help, type Argument, type Command, type Option } from 'commander';
import type { EventEmitter } from 'node:events';
import { LIMITS } from './serve/limits.js';

/** The Chinese help of one command. */
export interface CommandHelpZh {
  /** The line in the parent's list of commands (the English has one for every command but the root). */
  readonly summary?: string;
  /** The text under the usage line. */
  readonly description: string;
  /** By argument name (`policy-id`, `start`). */
  readonly arguments: Readonly<Record<string, string>>;
  /** By long flag (`--stop`, `--no-stored-schedules`). */
  readonly options: Readonly<Record<string, string>>;
  /**
   * Everything the English adds after the options with `addHelpText('after', …)`: the "Examples:" block (its
   * commands exactly as in English, their `# comments` in Chinese) and any other block before it ("Input:",
   * "Exit status:"…). Without its leading blank line.
   */
  readonly examples?: string;
}

/** commander's built-in help option and help command. */
export const BUILTIN_HELP_ZH = {
  helpOption: '显示帮助',
  helpCommand: '显示某个命令的帮助',
} as const;

/** commander's section titles. */
const TITLES: Readonly<Record<string, string>> = {
  'Usage:': '用法：',
  'Arguments:': '参数：',
  'Options:': '选项：',
  'Global Options:': '全局选项：',
  'Commands:': '命令：',
};

// Options shared by several commands (options.ts), in the words of each command where the English varies.
const TODAY = 'YYYY-MM-DD 或 today（中国当天日期）';
const calendar = (which: string) => `${which}；CN+HK 只计两地均为工作日的日子`;
const PROJECT =
  '超出已公布的年份时，依据《全国年节及纪念日放假办法》推算作答，推算至 YEAR 年（默认为十年后）；凡依赖推算的结果都' +
  '标明为推算';
const SCHEDULE =
  '仅为本次命令由 JSON 文件加入某年的放假安排（单个放假安排或数组；可重复），例如2027年的通知；放假安排扩展其 ' +
  '"calendar" 字段指定的日历（默认为计算所用的日历）';
const NO_STORED = '不使用 `reviewclock schedule add` 保存的放假安排（只按内置日历和 --schedule 文件计算）';
const POLICIES =
  '团队自己的规则的 JSON 文件：单条规则或数组，格式与 `reviewclock policy ID --json` 的输出相同，各有自己的 id' +
  '（不得与内置规则的 id 相同）；使用前先作校验；可重复';
const LANG = '文本输出的语言';
const JSON_TEXT = '输出 JSON 而非文本';
const schedules = { '--project': PROJECT, '--schedule': SCHEDULE, '--no-stored-schedules': NO_STORED } as const;
const workday = (calendarText: string) => ({
  '--calendar': calendar(calendarText),
  ...schedules,
  '--lang': LANG,
  '--json': JSON_TEXT,
});

const MIB = LIMITS.bodyBytes / (1 << 20);
const n = (value: number) => value.toLocaleString('en');

const EXPORT_EXAMPLES = `示例：
  $ reviewclock export calendar > cn-calendar.csv
  $ reviewclock export calendar --format sql > cn-calendar.sql           # psql -f、duckdb、sqlite3 均可读取
  $ reviewclock export calendar --format sql --table cn_days --from 2020-01-01
  $ reviewclock export calendar --format ndjson --calendar HK > hk-calendar.ndjson
  $ reviewclock export calendar --project 2030 --format csv > cn-through-2030.csv`;

/** The Chinese help, by command path. */
export const HELP_ZH: Readonly<Record<string, CommandHelpZh>> = {
  '': {
    description:
      '按国务院公布的放假安排，以工作日计算中国注册审评审批时限。日期格式为 YYYY-MM-DD，也可写 today，表示中国' +
      '（UTC+8）的当天日期。运行 `reviewclock <命令> --help` 查看某个命令的选项和示例。',
    arguments: {},
    options: { '--version': '显示版本号' },
    examples: `示例：
  $ reviewclock due cn.nmpa.drug.ind 2025-09-26
  $ reviewclock add 2025-09-30 1
  $ reviewclock calendar 2025-10
  $ reviewclock policies nda
  $ reviewclock batch applications.ndjson > due.ndjson
  $ reviewclock schedule add notice-2027.txt      # 保存下一年度的放假安排通知，此后每条命令都会使用

退出状态码：0 成功；1 输入有误（日期有误、规则不存在、批量计算中有出错的行）；2 用法有误；
3 推算结果：结果依赖于尚未公布的节假日安排（按推算日历计算；加 --project 则为 0）。`,
  },

  due: {
    summary: '审评时限的届满日及其计算过程',
    description:
      '按规则 POLICY-ID 计算自 START（第0日）起算的申请时限：先输出届满日，再输出计算说明（计入的天数、跳过的' +
      '休息日、计时中止、延长、届满后果）。中止 FROM..TO 不计入自 FROM 起（加 --stop-day counted 时自 FROM 次日起）' +
      '至 TO（含 TO）的工作日；FROM.. 表示目前仍处于中止状态。加 :reason 可指明规则列明的某一中止原因（见 ' +
      '`reviewclock policy <id>`），恢复计时后该原因可能延长时限或重新计时；规则未列明的原因会被拒绝。',
    arguments: {
      'policy-id': '规则 id，例如 cn.nmpa.drug.ind（见 `reviewclock policies`）',
      start: `起算日（第0日），${TODAY}；使用 --event 时可省略`,
    },
    options: {
      '--stop': '计时中止 FROM..TO，仍在中止中的写 FROM..，可加 :reason（可重复）；FROM 和 TO 为 YYYY-MM-DD 或 today',
      '--event':
        '某一起算事件的日期（YYYY-MM-DD 或 today），用于以多个事件中较晚者起算的时限（例如 acceptance=2026-03-02 ' +
        '--event fee-payment=2026-03-10；可重复）',
      '--stop-day': '计时中止当日是否计入时限（默认为规则的理解）',
      '--as-of': '同时给出截至该日的计时状态、已计天数和剩余天数（YYYY-MM-DD 或 today，中国当天日期）',
      '--extension': '审评机构已通知的酌情延长期限，单位与规则的时限相同',
      '--json': '输出结果对象（JSON）',
      '--ics': '以 iCalendar（.ics）文件输出该时限的各节点',
      '--title': '与 --ics 同用：申请名称，置于每个事件的标题之前，例如 "ABC-123 IND"',
      '--id': '与 --ics 同用：申请的固定 id，构成每个事件 UID 的一部分（每次导出请保持不变）',
      '--remind': '与 --ics 同用：在届满日事件上添加提醒，时间为届满日前这么多个工作日（0 为当天）的北京时间 09:00（可重复）',
      '--out': '与 --ics 同用：写入文件 FILE，仅在导出成功时替换原文件（shell 重定向会先将其清空）',
      '--calendar': calendar('计算所用的日历（默认为规则自身的日历）'),
      ...schedules,
      '--policies': POLICIES,
      '--lang': LANG,
    },
    examples: `示例：
  $ reviewclock due cn.nmpa.drug.ind 2025-09-26
  $ reviewclock due cn.nmpa.drug.nda 2025-03-03 --stop 2025-06-16..2025-09-01:sponsor-supplement --lang zh
  $ reviewclock due cn.nmpa.device.class3.review 2025-04-01 --stop 2025-05-20.. --as-of 2025-07-01
  $ reviewclock due cn.nmpa.drug.ind today            # 今天受理（中国当天日期，UTC+8）
  $ reviewclock due cn.nmpa.device.ide --event acceptance=2026-03-02 --event fee-payment=2026-03-10
  $ reviewclock due team.ind-fast 2026-11-20 --policies team-rules.json   # 团队自己的规则
  $ reviewclock due cn.nmpa.drug.ind 2025-09-26 --json | jq .due
  $ reviewclock due cn.nmpa.drug.ind 2025-09-26 --ics > ind.ics
  $ reviewclock due cn.nmpa.drug.ind 2025-09-26 --ics --title "ABC-123 IND" --id ABC-123 --remind 10 --remind 2 > abc-123.ics
  $ reviewclock due cn.nmpa.drug.ind 2025-09-26 --ics --lang zh --out ind.ics      # 中文标题；失败时保留原有的 ind.ics`,
  },

  timeline: {
    summary: '多环节程序的各个环节（受理、审评、审批……），依据已发生的情况预计',
    description:
      '对 START（第一环节的第0日）收到的申请，预计 PROCEDURE（例如 cn.nmpa.drug.ind.application：先受理，后审评）' +
      '的各环节和节点。每一环节自上一环节结束之日起算：结束之日为用 --progress STAGE=DATE 给出的日期（该环节实际' +
      '结束之日），未给出的为其届满日。每个环节和节点各输出一行（起算日、届满日、状态），最后输出程序结束之日。' +
      '程序不存在的，拒绝计算并列出现有的程序。也可不写程序，而写以 + 连接的规则 id 链（内置规则，或用 --policies ' +
      'FILE 给出的团队自己的规则），按同样方式预计，每一环节自上一环节结束之日起算。',
    arguments: {
      procedure: '程序 id，例如 cn.nmpa.drug.ind.application；或以 + 连接的规则 id，例如 team.internal-review+cn.nmpa.drug.ind',
      start: `收到申请之日（第一环节的第0日），${TODAY}`,
    },
    options: {
      '--progress':
        '某一环节实际结束之日，以该环节的规则 id 指明，例如 cn.nmpa.drug.acceptance=2025-09-26（YYYY-MM-DD 或 ' +
        'today；可重复，每个环节一次）',
      '--as-of': '同时给出截至该日各环节的状态（YYYY-MM-DD 或 today，中国当天日期）',
      '--calendar': calendar('计算所用的日历（默认为程序自身的日历，即 CN）'),
      ...schedules,
      '--policies': POLICIES,
      '--lang': LANG,
      '--json': '输出时间线结果对象（JSON）',
    },
    examples: `示例：
  $ reviewclock timeline cn.nmpa.drug.ind.application 2025-09-22
  $ reviewclock timeline cn.nmpa.drug.ind.application 2025-09-22 --progress cn.nmpa.drug.acceptance=2025-09-26 --as-of 2025-11-20
  $ reviewclock timeline cn.nmpa.device.class3.registration today --lang zh     # 今天收到申请（中国当天日期）
  $ reviewclock timeline cn.nmpa.drug.nda.registration 2025-03-03 --json | jq .end
  $ reviewclock timeline team.internal-review+cn.nmpa.drug.ind 2026-11-02 --policies team-rules.json   # 自定的规则链`,
  },

  add: {
    summary: '某日之后（或之前）的第 N 个工作日',
    description:
      '输出 DATE 之后（不含当日）的第 DAYS 个工作日；DAYS 为负数时为 DATE 之前；为 0 时即 DATE 本身。自第0日起算的' +
      ' N 个工作日时限即届满于此日。',
    arguments: {
      date: `起算日（第0日），${TODAY}`,
      days: '工作日数，整数，可为负数',
    },
    options: workday('计算所用的日历（默认为 CN）'),
    examples: `示例：
  $ reviewclock add 2025-09-26 60          # 临床试验申请2025年9月26日受理：第60个工作日
  $ reviewclock add 2025-10-09 -5          # 2025年10月9日之前第5个工作日
  $ reviewclock add 2025-09-30 1 --json    # {"date":"2025-10-09"}
  $ reviewclock add 2025-12-22 10 --calendar HK
  $ reviewclock add today 20               # 自今天（中国当天日期）起第20个工作日`,
  },

  count: {
    summary: '两个日期之间的工作日数',
    description: '输出满足 FROM < x ≤ TO 的工作日 x 的个数（不含 FROM，含 TO）；TO 早于 FROM 时为负数。',
    arguments: {
      from: `计入的第一日的前一日，${TODAY}`,
      to: `计入的最后一日，${TODAY}`,
    },
    options: workday('计算所用的日历（默认为 CN）'),
    examples: `示例：
  $ reviewclock count 2025-09-30 2025-10-10         # 2：10月9日和10日（10月1日至8日为国庆节假期）
  $ reviewclock count 2025-01-01 2025-12-31 --json  # {"count": 248}
  $ reviewclock count 2025-09-26 today              # 2025年9月26日之后至今天（中国当天日期）的工作日数`,
  },

  day: {
    summary: '某一天的类别：工作日、周末、节假日或调休上班日',
    description: '输出 DATE 在日历上的类别，以及节假日名称和确定它的通知。',
    arguments: { date: TODAY },
    options: workday('计算所用的日历（默认为 CN）'),
    examples: `示例：
  $ reviewclock day 2025-10-01             # 节假日：国庆节
  $ reviewclock day 2025-09-28 --lang zh   # 调休上班日
  $ reviewclock day 2005-12-31 --json
  $ reviewclock day today                  # 中国当天日期`,
  },

  calendar: {
    summary: '以月历显示某月或某年，可标出一个时限',
    description:
      '以月历显示 YYYY-MM 月（或 YYYY 年的十二个月）：休息日、节假日名称和调休上班日。加 --policy 和 --start 时还' +
      '标出时限：起算日（第0日）、计入的日子、计时中止的日子和届满日；不指定期间时，显示自起算日至届满日的每个月。' +
      '在终端中着色；通过管道输出或设置了 NO_COLOR 时不着色（标记相同）。',
    arguments: { period: '年份 YYYY 或月份 YYYY-MM' },
    options: {
      '--policy': '标出该规则的时限（见 `reviewclock policies`）',
      '--start': `起算日（第0日），${TODAY}`,
      '--stop': '计时中止 FROM..TO，仍在中止中的写 FROM..（可重复）；FROM 和 TO 为 YYYY-MM-DD 或 today',
      '--as-of': '按截至该日的状态标出时限（YYYY-MM-DD 或 today，中国当天日期）',
      '--calendar': calendar('显示的日历（默认为 CN，或规则所用的日历）'),
      ...schedules,
      '--policies': POLICIES,
      '--lang': LANG,
    },
    examples: `示例：
  $ reviewclock calendar 2025-10
  $ reviewclock calendar 2026 --lang zh
  $ reviewclock calendar --policy cn.nmpa.drug.ind --start 2025-09-26 --stop 2025-10-20..2025-11-03
  $ NO_COLOR=1 reviewclock calendar 2025-10 | less`,
  },

  policies: {
    summary: '列出或检索内置的审评时限规则',
    description:
      '列出内置规则（各取最新版本），或加以检索：WORDS 中的每个词都须以英文或中文匹配 id、标题、程序、辖区或试点' +
      '地区（beijing、北京、CN-BJ）、主管部门、出处或备注，最匹配的在前。英文词匹配整词或词首（renew 可找到 ' +
      'renewal）；中文可匹配任意位置（补充申请）。仅由较早版本匹配到的 id，列出该版本。',
    arguments: { words: '须全部匹配的词' },
    options: {
      '--jurisdiction': '仅限该辖区，例如 CN、CN-GD、HK（CN 包括各省）',
      '--product': '仅限该类产品的规则',
      '--role': '仅限该类规则',
      '--on': '列出该日施行的版本（YYYY-MM-DD 或 today），而非最新版本',
      '--all-versions': '列出每条规则的每个版本',
      '--policies': POLICIES,
      '--lang': LANG,
      '--json': '以 JSON 数组输出规则',
    },
    examples: `示例：
  $ reviewclock policies
  $ reviewclock policies nda priority
  $ reviewclock policies beijing
  $ reviewclock policies 补充申请 --lang zh
  $ reviewclock policies --product device --role review
  $ reviewclock policies deficiency --on 2022-11-01 --json`,
  },

  policy: {
    summary: '一条规则的全部内容：时限、起算、中止、届满后果、出处',
    description: '输出规则 ID 的每个字段及其出处。',
    arguments: { id: '规则 id，例如 cn.nmpa.drug.ind（见 `reviewclock policies`）' },
    options: {
      '--on': '该日施行的版本，YYYY-MM-DD 或 today（默认为最新版本）',
      '--policies': POLICIES,
      '--lang': LANG,
      '--json': '输出规则对象（JSON）',
    },
    examples: `示例：
  $ reviewclock policy cn.nmpa.drug.ind
  $ reviewclock policy cn.nmpa.drug.nda.priority --lang zh
  $ reviewclock policy cn.nmpa.drug.deficiency-response --on 2022-11-01 --json`,
  },

  batch: {
    summary: '多个申请的届满日，从 NDJSON 或 CSV 流式读取',
    description:
      '从 FILE（FILE 省略或为 "-" 时从标准输入）读取申请，按输入顺序边算边输出，每个申请一条结果；无论输入多大，' +
      '内存占用恒定。\n\n' +
      '每条结果依次带有输入中从 1 起算的行号 "line"、"id"、"policy" 和 "start"，然后是届满日、状态和各项天数；出错' +
      '的行则为 "error": {"code", "message"}，其余各行照常计算。空行跳过，不产生结果。有行出错时，退出状态码为 1' +
      '（在所有行输出完毕之后），并在标准错误输出一行汇总；否则，有行需要尚未公布的节假日安排时为 3（该行按推算' +
      '日历计算，标明 "provisional": true，届满日的范围见 "dueRange"；加 --project 则为 0）。结果字段的名称和结构' +
      '与库的 dueDate 结果相同（"limit": {"amount", "unit"}、"dueRange": {"earliest", "latest"} 或 null、计时当前' +
      '中止时的 "remainingOnResume"）；CSV 的列名为其路径（limit.amount、dueRange.earliest）。在 CPU 多于两个的' +
      '机器上，较大的输入会分配到多个工作线程（REVIEWCLOCK_BATCH_THREADS=N 指定线程数；0 表示只用一个线程）。',
    arguments: { file: '输入文件；省略或为 "-" 时为标准输入' },
    options: {
      '--format': '输入格式（默认按文件名：以 .csv 结尾的 FILE 为 csv，不区分大小写；其他 FILE 和标准输入为 ndjson）',
      '--output': '输出格式（默认与输入格式相同）',
      '--ics':
        '改为输出一个 iCalendar（.ics）文件，包含每个申请的时限（各行事件的标题取自其 "title" 列，没有时取 "id"；' +
        'id 也使事件的 UID 在每次导出时保持不变；有一行出错即导出失败）',
      '--remind': '与 --ics 同用：在每个届满日前这么多个工作日（0 为当天）的北京时间 09:00 提醒（可重复）',
      '--name': '与 --ics 同用：日历的名称，例如 "注册审评时限"',
      '--out': '与 --ics 同用：将日历写入 FILE，仅在所有行都成功时替换原文件（shell 重定向会先将其清空）',
      '--as-of': '给出截至该日的已计天数、剩余天数和状态（YYYY-MM-DD 或 today，中国当天日期）',
      '--stop-day': '计时中止当日是否计入时限，对所有行统一指定（默认为各规则的理解）',
      '--calendar': calendar('计算所用的日历（默认为各规则自身的日历）'),
      ...schedules,
      '--policies': POLICIES,
      '--lang': '错误信息的语言；与 --ics 同用时，也是事件标题、说明和提醒的语言',
    },
    examples: `输入：
  格式取 --format；未指定时，文件名为 *.csv 的 FILE（不区分大小写，.CSV 亦可）按 CSV 读取，其他按 NDJSON 读取
  （标准输入按 NDJSON 读取，除非加 --format csv）。各行中的日期为 YYYY-MM-DD：行是数据，因此行中的 "today"
  （"start"、"asOf"、中止）属于无效日期，该行被拒绝；请用 --as-of today 为所有行指定。
  NDJSON：每行一个申请；"id" 原样写入结果，"asOf" 优先于 --as-of，"stopDayCounts"（true 或 false）优先于
  --stop-day；以多个事件中较晚者起算的时限，用 "startEvents" 代替 "start" 给出各起算事件（例如
  cn.nmpa.device.ide 的 {"acceptance": DATE, "fee-payment": DATE}）：
    {"id": "A-1", "policy": "cn.nmpa.drug.ind", "start": "2025-09-26",
     "stops": [{"from": "2025-10-10", "to": "2025-11-03", "reason": "sponsor-supplement"}]}
  CSV 输出中以 = + - @、制表符或回车符开头的文本单元格会加上前导 '（电子表格将公式显示为文本，而不执行）。
  中止原因不在规则之列的，该行出错（unknown_stop_reason）。"warnings" 列出合法但存疑之处的代码
  （stop-without-reason、start-is-later-of）：NDJSON 中为数组，CSV 中以 ";" 分隔。
  CSV：须有表头行（从不作为数据行），写明 policy 和 start 列，可选 id、stops、asOf 列；stops 单元格中为以 ";"
  分隔的 FROM..TO 区间（仍在中止中的写 FROM..，区间后可加 :reason）；字段可加引号：
    id,policy,start,stops
    A-1,cn.nmpa.drug.ind,2025-09-26,2025-10-10..2025-11-03;2025-12-01..
  超过 1 MiB 的一行（NDJSON）或一条记录（CSV）作为一个出错行（invalid_row，行号为其起始行）；其后从下一行
  继续读取（CSV 中自该记录的结束引号之后继续；引号始终未闭合的，其余部分成为一条记录）。

示例：
  $ reviewclock batch applications.ndjson > due.ndjson
  $ cat applications.ndjson | reviewclock batch --as-of 2025-11-20
  $ reviewclock batch applications.csv --as-of today > due.csv      # 按文件名读作 CSV
  $ reviewclock batch --format ndjson rows.csv                     # 文件名为 .csv，内容为 NDJSON
  $ cat applications.csv | reviewclock batch --format csv
  $ reviewclock batch portfolio.csv --ics --remind 10 --remind 2 > deadlines.ics   # 一个日历文件，附提醒
  $ reviewclock batch portfolio.csv --ics --lang zh --out deadlines.ics           # 中文；有行出错时保留原文件
  $ reviewclock batch portfolio.csv --policies team-rules.json                    # 各行可使用团队自己的规则
  $ printf '{"policy":"cn.nmpa.drug.ind","start":"2025-09-26"}\\n' | reviewclock batch`,
  },

  ics: {
    summary: '某年的节假日和调休上班日，iCalendar（.ics）文件格式',
    description:
      '将 YEAR 年的休息日（节假日）和调休上班日以 iCalendar 文件（RFC 5545）写到标准输出：全天事件、CRLF 换行、' +
      '折行，UID 在重新导出时保持不变。某一时限的各节点请用 `reviewclock due … --ics`。',
    arguments: { year: '年份，YYYY' },
    options: { '--calendar': calendar('日历（默认为 CN）'), ...schedules },
    examples: `示例：
  $ reviewclock ics 2026 > cn-2026.ics
  $ reviewclock ics 2026 --calendar HK > hk-2026.ics
  $ reviewclock ics 2027 --schedule cn-2027.json > cn-2027.ics`,
  },

  schedule: {
    summary: '保存下一年度的放假安排，此后每条命令都会使用',
    description:
      '读取一次国务院放假安排通知（或放假安排 JSON 文件）并保存：此后的每条命令（due、add、count、day、calendar、' +
      'ics、batch）无需 --schedule 即按其计算。放假安排保存在 $REVIEWCLOCK_HOME/schedules，或平台配置目录（Linux ' +
      '为 ~/.config）下的 reviewclock/schedules 中，每个日历每年一个文件（CN-2027.json）。对某条命令加 ' +
      '--no-stored-schedules 可不使用已保存的放假安排。',
    arguments: {},
    options: {},
    examples: `示例：
  $ reviewclock schedule import notice-2027.txt > cn-2027.json
  $ reviewclock schedule add notice-2027.txt
  $ reviewclock schedule add cn-2027.json
  $ reviewclock schedule list
  $ reviewclock schedule remove 2027`,
  },

  'schedule import': {
    summary: '将通知全文读取为放假安排 JSON 文件（只输出，不保存）',
    description:
      '从 FILE（"-" 为标准输入）读取国务院放假安排通知（国务院办公厅关于…部分节假日安排的通知）的全文，将其放假' +
      '安排以 JSON 写到标准输出；对全文的疑问作为警告写到标准错误输出。不作保存：请先核对 JSON，再用 ' +
      '`reviewclock schedule add` 保存（或用 --schedule 传入）。补充通知的 JSON 与其他放假安排相同：用 ' +
      '`reviewclock schedule add FILE --amend` 加入，保存在该年度的通知之后。',
    arguments: { file: '通知全文（UTF-8），"-" 为标准输入' },
    options: {
      '--year': '通知所属的年份，全文未写明时使用',
      '--url': '通知的发布地址，全文未含其网址时使用',
    },
    examples: `示例：
  $ reviewclock schedule import notice-2027.txt > cn-2027.json
  $ pbpaste | reviewclock schedule import - --url https://www.gov.cn/zhengce/content/…`,
  },

  'schedule add': {
    summary: '核对通知（全文或放假安排 JSON）并保存，此后每条命令都会使用',
    description:
      '读取 FILE（"-" 为标准输入）：国务院通知的全文，或放假安排 JSON（单个或数组，例如一份通知及其补充通知）。' +
      '先作核对：放假安排的格式；所扩展的日历能否与所有已保存的放假安排及本放假安排一起构建（不得有缺口：2028年' +
      '须先有2027年；内置日历已有的年份或已保存的年份，须加 --replace 或 --amend）；内地的放假安排是否符合放假' +
      '办法（与核对通知全文相同）。然后保存，每个日历每年一个文件。补充通知的全文保存在其所补充的通知之后；放假' +
      '安排 JSON 视为一整年（通知在前，补充通知在后，同在一个数组中），除非加 --amend，这与 `schedule import` 为' +
      '补充通知输出的 JSON 相同。有任何内容被拒绝时，不写入任何文件。',
    arguments: { file: '通知全文或放假安排 JSON 文件，"-" 为标准输入' },
    options: {
      '--replace': '替换已保存的年份或内置日历已有的年份，连同其通知和所有补充通知（与 --amend 同用时：替换标题和地址相同的补充通知）',
      '--amend': '用于放假安排 JSON：将每个放假安排作为补充通知，保存在该年度的通知（已保存或内置）之后，而不是作为一整年',
      '--calendar': '没有 "calendar" 字段的 JSON 放假安排所属的日历（默认为 CN）',
      '--year': '用于通知全文：通知所属的年份，全文未写明时使用',
      '--url': '用于通知全文：通知的发布地址，全文未含其网址时使用',
    },
    examples: `示例：
  $ reviewclock schedule add notice-2027.txt --url https://www.gov.cn/zhengce/content/…
  $ reviewclock schedule add cn-2027.json
  $ reviewclock schedule add hk-2027.json --calendar HK
  $ reviewclock schedule add cn-2027-corrected.json --replace
  $ reviewclock schedule add labour-day-2027.json --amend`,
  },

  'schedule list': {
    summary: '已保存的放假安排，以及加上它们后各日历覆盖的年份',
    description:
      '输出每个已保存的放假安排（日历、年份、标题、地址、文件），然后输出加上它们后各日历覆盖的年份。已保存的' +
      '文件有损坏的，报错并写明文件名。',
    arguments: {},
    options: { '--json': '以 JSON 输出 { directory, schedules, coverage }' },
    examples: `示例：
  $ reviewclock schedule list
  $ reviewclock schedule list --json | jq '.coverage'`,
  },

  'schedule remove': {
    summary: '删除已保存的某一年度的放假安排（其通知和补充通知）',
    description:
      '删除该日历（默认为 CN）已保存的 YEAR 年放假安排：其通知和补充通知。之后的已保存年份需要它，因此已保存' +
      '2028年时删除2027年会被拒绝；请先删除2028年。删除替换内置年份的已保存放假安排后，恢复使用内置数据。',
    arguments: { year: '年份，YYYY' },
    options: { '--calendar': '日历（默认为 CN）' },
    examples: `示例：
  $ reviewclock schedule remove 2027
  $ reviewclock schedule remove 2027 --calendar HK`,
  },

  export: {
    summary: '供其他工具使用的数据：把日历导出为表，供 SQL 数据库和数据仓库使用',
    description:
      '以其他工具可加载的形式写出 reviewclock 的数据。`export calendar`：每天一行，带工作日序号，数据库只需一次' +
      '连接（join）即可计算时限（见 docs/guides/sql.zh-CN.md）。',
    arguments: {},
    options: {},
    examples: EXPORT_EXAMPLES,
  },

  'export calendar': {
    summary: '每天一行、带工作日序号的日历表，格式为 CSV、NDJSON 或一个 SQL 脚本',
    description:
      '将日历作为一张表写到标准输出，每天一行：date、weekday（1 = 星期一）、working、kind（workday、weekend、' +
      'holiday、makeup-workday）、ordinal、holiday、holiday_zh、provisional、source、source_url。ordinal 为导出' +
      '范围内截至当日（含当日）的工作日数，因此 s 之后的第 n 个工作日即 ordinal 为 ordinal(s) + n 的工作日，a 之后' +
      '至 b 的工作日数为 ordinal(b) - ordinal(a)。导出范围应远超最后一个时限：超出最后一行的时限没有对应的行。默认' +
      '范围为日历的整个覆盖范围（内置年份和已保存的放假安排；加 --project 时还包括推算的年份，标明为推算）。一次' +
      '最多导出100,000天（约274年）。未加 --project 而推算了已公布年份之后的行时，退出状态码为 3。',
    arguments: {},
    options: {
      '--from': `第一日，${TODAY}；默认为覆盖范围的第一日`,
      '--to': `最后一日，${TODAY}；默认为覆盖范围的最后一日`,
      '--format':
        'csv（有表头行；空字段表示无）、ndjson（每行一个 JSON 对象）或 sql（CREATE TABLE 和 INSERT 语句，可在 ' +
        'PostgreSQL、DuckDB 和 SQLite 中原样运行）；默认为 csv',
      '--table': '与 --format sql 同用：表名，由小写字母、数字和 _ 组成（默认为 reviewclock_calendar）',
      '--calendar': calendar('导出的日历（默认为 CN）'),
      ...schedules,
    },
    examples: EXPORT_EXAMPLES,
  },

  serve: {
    summary: 'HTTP JSON 服务，提供各命令的结果',
    description:
      '通过 HTTP 提供各命令的结果：时限（/v1/due）、工作日（/v1/add、/v1/count、/v1/day/DATE、/v1/days）、规则' +
      '（/v1/policies）、时间线（/v1/timeline）、批量计算（POST /v1/batch，NDJSON 输入与输出）以及某年的节假日' +
      '（iCalendar 格式，/v1/calendar/YEAR.ics）。结果即各命令加 --json 时输出的 JSON；错误输入一律以 400 和 ' +
      '{"error": {"code", "message", "issues"}} 拒绝，错误代码与库相同。各路由及其参数见 /openapi.json（OpenAPI ' +
      '3.1）和 /docs。输出的第一行为 "listening on http://HOST:PORT"；每个请求在标准错误输出记录一行。收到 SIGTERM ' +
      '或 SIGINT（Ctrl-C）时，先答完正在处理的请求再停止。服务按启动时其他命令所用的日历（已保存的放假安排、' +
      '--schedule 文件）计算，不发出任何对外请求。',
    arguments: {},
    options: {
      '--port': '监听的端口（0 表示任一空闲端口，在第一行输出）',
      '--host': '监听的地址；127.0.0.1 只应答本机，0.0.0.0 应答所有网络',
      '--cors': '允许来自该源的网页调用本服务（例如 https://intranet.example.com，* 表示任意源）；默认不允许',
      '--log': '标准错误输出中的访问日志：每个请求一行文本、每行一个 JSON 对象，或不记录',
      ...schedules,
      '--policies': POLICIES,
    },
    examples: `结果：
  超出已公布年份的请求会被拒绝（400，calendar_out_of_range），除非请求中写明 project=true（或服务以
  --project 启动）：此时按推算日历计算并标明为推算，与 --project 相同。批量计算中超出已公布年份的行按推算日历
  计算并标明为推算，与 \`reviewclock batch\` 的输出相同。仅依赖请求本身的结果附 ETag 和
  "Cache-Control: public, max-age=3600" 发送（推算结果为 "no-cache"；请求中含 today 的为 "no-store"）。

上限：
  请求体（批量计算）最多 ${MIB} MiB（413 payload_too_large）、${n(LIMITS.batchLines)} 行；每个请求最多 ${LIMITS.requestMs / 1000} 秒；URL 最多
  ${n(LIMITS.urlLength)} 个字符（414 uri_too_long）；/v1/days 每个请求最多列出 ${n(LIMITS.listedDays)} 天（约十年）。批量计算在读取
  过程中超出上限的，以最后一行 {"error": {"code": "payload_too_large" 或 "timeout", "message"}} 结束。

示例：
  $ reviewclock serve
  $ reviewclock serve --port 0                 # 任一空闲端口：从第一行读取
  $ reviewclock serve --host 0.0.0.0 --port 8080 --log json
  $ reviewclock serve --cors https://intranet.example.com --schedule cn-2027.json
  $ curl 'http://127.0.0.1:8787/v1/due?policy=cn.nmpa.drug.ind&start=2025-09-26'
  $ curl --data-binary @applications.ndjson http://127.0.0.1:8787/v1/batch > due.ndjson`,
  },
};

// --- Width and wrapping -----------------------------------------------------------------------------------------

/** Characters two columns wide on a terminal (East Asian Wide and Fullwidth). */
const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;
/** Spaces, a wide character, or a run of anything else: the pieces a line is wrapped by. */
const TOKEN = /\s+|[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[^\s\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]+/gu;
/** Never at the start of a line. */
const NO_BREAK_BEFORE = /^[，。、；：？！）》」』】〕…—”’,.;:!?)\]}]/u;
/** Never at the end of a line. */
const NO_BREAK_AFTER = /[（《「『【〔“‘]$/u;

/** The columns a text takes on a terminal, ANSI colour sequences left out. */
export function displayWidthZh(text: string): number {
  let width = 0;
  // eslint-disable-next-line no-control-regex
  for (const char of text.replace(/\x1b\[\d*(;\d*)*m/g, '')) width += WIDE.test(char) ? 2 : 1;
  return width;
}

/**
 * Wraps text to `width` columns, as commander's `boxWrap` does for English (at spaces, keeping line breaks), and
 * also between Chinese characters, never putting closing punctuation at the start of a line nor opening punctuation
 * at its end.
 */
export function wrapZh(text: string, width: number): string {
  return text
    .split(/\r\n|\n/)
    .map((line) => {
      // Pieces that stay on one line: a token, with the closing punctuation after it and what follows an opening one.
      const pieces: string[] = [];
      for (const token of line.match(TOKEN) ?? []) {
        const last = pieces.at(-1);
        const glue = last !== undefined && !/^\s/.test(token) && !/\s$/.test(last) && (NO_BREAK_BEFORE.test(token) || NO_BREAK_AFTER.test(last));
        if (glue) pieces[pieces.length - 1] = last + token;
        else pieces.push(token);
      }
      // Each line as its pieces, each with the spaces before it ('' at the start of a line and between Chinese).
      const lines: Array<Array<readonly [string, string]>> = [[]];
      let space = '';
      for (const piece of pieces) {
        if (/^\s/.test(piece)) {
          space = piece;
          continue;
        }
        const current = lines.at(-1)!;
        const text = current.map(([before, p]) => before + p).join('');
        if (current.length === 0) current.push(['', piece]);
        else if (displayWidthZh(text + space + piece) <= width) current.push([space, piece]);
        else lines.push([['', piece]]);
        space = '';
      }
      // No line of one or two Chinese characters at the end of a paragraph: take one more from the line before.
      const [before, last] = [lines.at(-2), lines.at(-1)!];
      const lastText = last.map(([gap, p]) => gap + p).join('');
      if (before && before.length > 1 && displayWidthZh(lastText) <= 4 && last[0]![1] && WIDE.test(last[0]![1][0]!)) {
        const moved = before.at(-1)!;
        if (moved[0] === '' && WIDE.test(moved[1].at(-1)!) && displayWidthZh(moved[1] + lastText) <= width) {
          before.pop();
          last.unshift(['', moved[1]]);
        }
      }
      return lines.map((line) => line.map(([gap, p], i) => (i === 0 ? p : gap + p)).join('')).join('\n');
    })
    .join('\n');
}

// --- The help formatter ---------------------------------------------------------------------------------------------

/** commander's notes after a description (choices, default…), in Chinese. */
function withNotes(description: string, notes: readonly string[]): string {
  return notes.length > 0 ? `${description}（${notes.join('；')}）` : description;
}

const choicesNote = (choices: readonly string[]) => `可选值：${choices.map((choice) => JSON.stringify(choice)).join('、')}`;

/** The usage placeholders commander writes, in Chinese. */
const placeholders = (text: string) => text.replace(/\[options\]/g, '[选项]').replace(/\[command\]/g, '[命令]');

/** commander's Help, writing its own words in Chinese and wrapping by terminal width (for `configureHelp`). */
const HELP_CONFIG_ZH: Partial<Help> = {
  styleTitle: (title: string) => TITLES[title] ?? title,
  commandUsage(cmd: Command): string {
    return placeholders(Help.prototype.commandUsage.call(this, cmd));
  },
  subcommandTerm(cmd: Command): string {
    return placeholders(Help.prototype.subcommandTerm.call(this, cmd));
  },
  formatHelp(cmd: Command, helper: Help): string {
    // commander writes "Usage: …" with a space after the title; none after a Chinese colon.
    return Help.prototype.formatHelp.call(this, cmd, helper).replace(/^用法： /, '用法：');
  },
  optionDescription(option: Option): string {
    const notes: string[] = [];
    if (option.argChoices) notes.push(choicesNote(option.argChoices));
    if (option.defaultValue !== undefined) {
      // As commander decides: a default is shown for an option that takes a value, or a boolean's boolean default.
      const shown = option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean');
      if (shown) notes.push(`默认值：${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`);
    }
    if (option.presetArg !== undefined && option.optional) notes.push(`预设值：${JSON.stringify(option.presetArg)}`);
    if (option.envVar !== undefined) notes.push(`环境变量：${option.envVar}`);
    return withNotes(option.description, notes);
  },
  argumentDescription(argument: Argument): string {
    const notes: string[] = [];
    if (argument.argChoices) notes.push(choicesNote(argument.argChoices));
    if (argument.defaultValue !== undefined) {
      notes.push(`默认值：${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`);
    }
    return withNotes(argument.description, notes);
  },
  displayWidth: (text: string) => displayWidthZh(text),
  boxWrap(text: string, width: number): string {
    return width < (this.minWidthToWrap ?? 40) ? text : wrapZh(text, width);
  },
};

// --- Applying it --------------------------------------------------------------------------------------------------

/** The path of a command in the table: its name and its ancestors' below the root (`'schedule add'`; `''` for the root). */
export function commandPath(command: Command): string {
  const names: string[] = [];
  for (let cmd: Command | null = command; cmd?.parent; cmd = cmd.parent) names.unshift(cmd.name());
  return names.join(' ');
}

/** An option's key in the table: its long flag (`--no-stored-schedules`), else its short one. */
export function optionKey(option: Option): string {
  return option.long ?? option.short ?? option.flags;
}

/** Every command of the tree, the root first, each before its subcommands. */
export function commandTree(root: Command): Command[] {
  return [root, ...root.commands.flatMap((command) => commandTree(command))];
}

/**
 * Makes the help of the program Chinese: every command's summary, description, arguments, options and the text after
 * them from {@link HELP_ZH}, and commander's own words (see the module). Called by `buildProgram` for `--lang zh`,
 * once every command is defined and before anything is parsed, so that every help it prints is Chinese. A command,
 * argument or option the table lacks keeps its English (test/cli/helpZh.test.ts makes sure there is none).
 */
export function applyHelpZh(program: Command): void {
  for (const command of commandTree(program)) {
    const zh = HELP_ZH[commandPath(command)];
    command.configureHelp({ ...command.configureHelp(), ...HELP_CONFIG_ZH });
    // The help option and the implicit `help [command]`: commander's own, shared by the commands.
    const help = command.createHelp();
    for (const option of help.visibleOptions(command)) if (!command.options.includes(option)) option.description = BUILTIN_HELP_ZH.helpOption;
    for (const sub of help.visibleCommands(command)) if (!command.commands.includes(sub)) sub.description(BUILTIN_HELP_ZH.helpCommand);
    if (!zh) continue;
    if (zh.summary !== undefined) command.summary(zh.summary);
    command.description(zh.description);
    for (const argument of command.registeredArguments) argument.description = zh.arguments[argument.name()] ?? argument.description;
    for (const option of command.options) option.description = zh.options[optionKey(option)] ?? option.description;
    if (zh.examples !== undefined) {
      // addHelpText('after', …) listens to 'afterHelp' (commander's Command is an EventEmitter): the Chinese replaces it.
      (command as unknown as EventEmitter).removeAllListeners('afterHelp');
      command.addHelpText('after', `\n${zh.examples}`);
    }
  }
}

/** Korean tables for the claims engine ("컨테이너 1천여 개": more than 1,000 containers). */
import { englishAbbreviations, englishCreditWords, englishFigureWords } from './en-grammar';
import { builtOnce, ABOUT, h, LESS, MORE, UPTO } from './build';
import { withoutPrototypes, type LanguageTable } from './types';

/** Korean: the counted noun comes first, scales and hedges are glued to the number. Built on first use: the engine (in the background and the CLI) reads mostly English. */
export const korean = builtOnce(build);

function build(): LanguageTable {
  return withoutPrototypes({
    smallNumbers: { 하나: 1, 둘: 2, 셋: 3, 넷: 4, 다섯: 5, 여섯: 6, 일곱: 7, 여덟: 8, 아홉: 9, 열: 10 },
    scaleWords: { 백: 100, 천: 1e3, 만: 1e4, 억: 1e8, 조: 1e12 },
    scaleSuffixes: {},
    magnitudeWords: { 수백: 100, 수천: 1e3, 수만: 1e4, 수십만: 1e5, 수백만: 1e6 },
    fractionWords: {},
    articleOne: [],
    hedgesBefore: [h('약', 'about', ABOUT), h('대략', 'about', ABOUT), h('최소', 'at-least', MORE), h('최대', 'up-to', UPTO)],
    hedgesAfter: [
      h('이상', 'at-least', MORE), h('넘는', 'more-than', MORE), h('넘게', 'more-than', MORE), h('이하', 'up-to', UPTO),
      h('미만', 'less-than', LESS), h('가량', 'about', ABOUT), h('정도', 'about', ABOUT), h('쯤', 'about', ABOUT),
    ],
    directionWords: {},
    speechVerbs: ['밝혔다', '말했다', '전했다', '발표했다'],
    months: {},
    dateMarkers: { year: '년', month: '월', day: '일', from: '부터' },
    nounBefore: true,
    attachedScales: { 백: 100, 천: 1e3, 만: 1e4, 억: 1e8, 조: 1e12 },
    // "1천여": the "여" means "and more", as in "1,000-odd".
    hedgeSuffixes: { 여: h('여', 'more-than', MORE), 가량: h('가량', 'about', ABOUT), 이상: h('이상', 'at-least', MORE) },
    counters: { 개: '', 명: 'person', 척: 'ship', 발: 'round', 대: 'vehicle', 톤: 'tonne' },
    particles: ['으로', '에서', '를', '을', '이', '가', '은', '는', '의', '에', '로', '와', '과', '도'],
    topicParticles: ['은', '는'],
    accordingToAfter: ['에', '따르면'],
    subjectParticles: ['이', '가'],
    placeParticles: ['에서', '에게', '으로', '에', '로'],
    phraseTimeWords: ['지난달', '지난주', '지난해', '작년', '올해', '어제', '오늘', '이날', '당시', '앞서', '최근'],
    genitiveParticle: '의',
    lexicon: { 컨테이너: 'container', 포탄: 'artillery shell', 포탄을: 'artillery shell', 미사일: 'missile', 선박: 'ship', 사람: 'person' },
    // English's until Korean has its own: the readers meet English names, units and labels here too.
    abbreviations: englishAbbreviations,
    figure: englishFigureWords,
    credit: englishCreditWords,
  });
}

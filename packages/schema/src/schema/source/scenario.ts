import { doc, list, notes, object, oneOfValues, ref, tag, taggedUnion, type JsonSchema } from './helpers';

const VARIABLE_PATTERN = '^[A-Za-z][A-Za-z0-9_]*$';

const variableName = (markdown: string): JsonSchema => doc(markdown, ['integrity', 'trust'], { type: 'string', pattern: VARIABLE_PATTERN });

function node(type: string, summary: string, required: readonly string[], properties: Record<string, JsonSchema>, example: JsonSchema): JsonSchema {
  return object(['type', 'id', ...required], {
    type: tag(type, summary),
    id: ref('Id', 'Id of the node, unique in its scenario; `start` and `next` name nodes by id.', ['arrival', 'offer-parcel']),
    effects: doc('Changes to variables applied when the learner arrives here.', [[{ variable: 'trust', op: 'add', value: -1 }]], list({ $ref: '#/$defs/Effect' })),
    image: ref('ImageRef', 'A picture of the situation.', [{ src: 'assets/scenes/office.webp', alt: { id: 'Ruang pelayanan', en: 'The service counter' } }]),
    ...properties,
    notes: notes(),
  }, { description: summary.replace(/`/g, ''), markdownDescription: summary, examples: [example] });
}

const next = ref('Next', 'Where to go next: a node id, or a list of branches tried in order.', ['offer-parcel', [{ if: { variable: 'trust', op: '>=', value: 2 }, next: 'ally' }, { next: 'alone' }]]);

/** Branching scenarios: variables, effects, conditions, nodes. */
export const scenarioDefs: Record<string, JsonSchema> = {
  ScenarioVariable: object(['name', 'label', 'initial'], {
    name: variableName('Name used in effects and conditions: a letter, then letters, digits or `_`.'),
    label: ref('LocalizedText', 'Name shown beside the variable\'s meter.', [{ id: 'Integritas', en: 'Integrity' }]),
    initial: doc('Value when the scenario starts; within `min` and `max`.', [3], { type: 'number' }),
    min: doc('Lowest value; effects are clamped to it.', [0], { type: 'number' }),
    max: doc('Highest value; effects are clamped to it.', [5], { type: 'number' }),
    visible: doc('Show a meter for it to the learner. Default true.', [true], { type: 'boolean' }),
    notes: notes(),
  }, { description: 'A number a scenario keeps while it runs.', markdownDescription: 'A number a scenario keeps while it runs, such as `integrity` or `trust`.', examples: [{ name: 'integrity', label: 'Integritas', initial: 3, min: 0, max: 5 }] }),
  Effect: object(['variable', 'op', 'value'], {
    variable: variableName('Name of a variable declared in the scenario\'s `variables`.'),
    op: doc('How the value changes. Results are clamped to the variable\'s `min` and `max`.', ['add'], oneOfValues([
      ['add', '`add`: add `value` (negative to subtract).'],
      ['set', '`set`: replace the variable with `value`.'],
    ])),
    value: doc('The number added or set.', [1, -2], { type: 'number' }),
  }, { description: 'A change to a variable.', markdownDescription: 'A change to a variable, applied when a choice is taken or a node is entered.', examples: [{ variable: 'integrity', op: 'add', value: 1 }] }),
  Comparison: object(['variable', 'op', 'value'], {
    variable: variableName('Name of a variable declared in the scenario\'s `variables`.'),
    op: doc('How the variable is compared with `value`.', ['>='], oneOfValues([
      ['<', '`<`: less than.'],
      ['<=', '`<=`: less than or equal to.'],
      ['==', '`==`: equal to.'],
      ['!=', '`!=`: not equal to.'],
      ['>=', '`>=`: greater than or equal to.'],
      ['>', '`>`: greater than.'],
    ])),
    value: doc('The number compared with.', [2], { type: 'number' }),
  }, { description: 'A comparison of a variable with a number.', markdownDescription: 'A comparison of a variable with a number.', examples: [{ variable: 'trust', op: '>=', value: 2 }] }),
  AllCondition: object(['all'], {
    all: doc('Holds when every condition holds.', [[{ variable: 'trust', op: '>=', value: 2 }, { variable: 'integrity', op: '>', value: 3 }]], list({ $ref: '#/$defs/Condition' }, { minItems: 1 })),
  }, { description: 'Every condition holds.', markdownDescription: 'Every condition holds.', examples: [{ all: [{ variable: 'trust', op: '>=', value: 2 }] }] }),
  AnyCondition: object(['any'], {
    any: doc('Holds when at least one condition holds.', [[{ variable: 'trust', op: '<', value: 1 }, { variable: 'integrity', op: '<', value: 1 }]], list({ $ref: '#/$defs/Condition' }, { minItems: 1 })),
  }, { description: 'At least one condition holds.', markdownDescription: 'At least one condition holds.', examples: [{ any: [{ variable: 'trust', op: '<', value: 1 }] }] }),
  NotCondition: object(['not'], {
    not: ref('Condition', 'Holds when this condition does not.', [{ variable: 'trust', op: '<', value: 1 }]),
  }, { description: 'The condition does not hold.', markdownDescription: 'The condition does not hold.', examples: [{ not: { variable: 'trust', op: '<', value: 1 } }] }),
  // `if`/`then`/`else` by the key present, so a broken comparison is reported as one, not as four failed shapes.
  Condition: {
    if: { type: 'object', required: ['all'] },
    then: { $ref: '#/$defs/AllCondition' },
    else: {
      if: { type: 'object', required: ['any'] },
      then: { $ref: '#/$defs/AnyCondition' },
      else: {
        if: { type: 'object', required: ['not'] },
        then: { $ref: '#/$defs/NotCondition' },
        else: { $ref: '#/$defs/Comparison' },
      },
    },
    description: 'A comparison { variable, op, value }, or a combination { all: […] }, { any: […] }, { not: … }.',
    markdownDescription: 'A comparison `{ "variable", "op", "value" }`, or a combination `{ "all": […] }`, `{ "any": […] }`, `{ "not": … }`.',
    examples: [{ variable: 'trust', op: '>=', value: 2 }, { all: [{ variable: 'trust', op: '>=', value: 2 }, { not: { variable: 'integrity', op: '<', value: 1 } }] }],
  },
  Branch: object(['next'], {
    if: ref('Condition', 'The branch is taken when this holds; without it, the branch always holds.', [{ variable: 'trust', op: '>=', value: 2 }]),
    next: ref('Id', 'Id of the node to go to.', ['ally']),
  }, { description: 'A branch of next.', markdownDescription: 'A branch of `next`: go to `next` when `if` holds.', examples: [{ if: { variable: 'trust', op: '>=', value: 2 }, next: 'ally' }, { next: 'alone' }] }),
  Next: doc(
    'Where to go next: a node id, or branches tried in order (the first whose `if` holds; a branch without `if` always holds, so end with one).',
    ['offer-parcel', [{ if: { variable: 'trust', op: '>=', value: 2 }, next: 'ally' }, { next: 'alone' }]],
    { type: ['string', 'array'], pattern: '^[a-z0-9][a-z0-9-]*$', items: { $ref: '#/$defs/Branch' }, minItems: 1 },
  ),
  ScenarioChoice: object(['id', 'text', 'next'], {
    id: ref('Id', 'Id of the choice, unique in its node; tracking records it.', ['accept', 'refuse-politely']),
    text: ref('LocalizedText', 'What the learner can choose to do.', [{ id: 'Tolak dengan sopan', en: 'Refuse politely' }]),
    next,
    effects: doc('Changes to variables when this choice is taken.', [[{ variable: 'integrity', op: 'add', value: 1 }]], list({ $ref: '#/$defs/Effect' })),
    feedback: ref('LocalizedMarkdown', 'The immediate consequence, shown right after the choice.', [{ id: 'Pak Hendra tampak kecewa.', en: 'Mr Hendra looks disappointed.' }]),
    condition: ref('Condition', 'The choice is offered only when this holds.', [{ variable: 'trust', op: '>=', value: 2 }]),
    notes: notes(),
  }, { description: 'A decision the learner can take.', markdownDescription: 'A decision the learner can take.', examples: [{ id: 'refuse', text: 'Tolak', next: 'refused' }] }),
  NarrationNode: node('narration', '`narration`: a narrator describes the situation.', ['text', 'next'], {
    text: ref('LocalizedMarkdown', 'What the narrator says.', [{ id: 'Senin pagi, sebuah parsel tiba di meja Anda.', en: 'On Monday morning a hamper arrives on your desk.' }]),
    next,
  }, { type: 'narration', id: 'arrival', text: 'Senin pagi…', next: 'offer' }),
  DialogueNode: node('dialogue', '`dialogue`: characters speak.', ['lines', 'next'], {
    lines: doc('The lines, in order.', [[{ character: 'hendra', text: 'Sekadar tanda terima kasih, Pak.' }]], list({ $ref: '#/$defs/DialogueLine' }, { minItems: 1 })),
    next,
  }, { type: 'dialogue', id: 'offer', lines: [{ character: 'hendra', text: 'Terima kasih, Pak.' }], next: 'decide' }),
  ChoiceNode: node('choice', '`choice`: the learner chooses what to do.', ['prompt', 'choices'], {
    prompt: ref('LocalizedMarkdown', 'The question put to the learner.', [{ id: 'Apa yang Anda lakukan?', en: 'What do you do?' }]),
    character: ref('Id', 'Who asks, if anyone: a character id.', ['hendra']),
    choices: doc('The choices, at least two.', [[{ id: 'accept', text: 'Terima', next: 'accepted' }, { id: 'refuse', text: 'Tolak', next: 'refused' }]], list({ $ref: '#/$defs/ScenarioChoice' }, { minItems: 2 })),
  }, { type: 'choice', id: 'decide', prompt: 'Apa yang Anda lakukan?', choices: [{ id: 'accept', text: 'Terima', next: 'accepted' }, { id: 'refuse', text: 'Tolak', next: 'refused' }] }),
  EndingNode: node('ending', '`ending`: an end of the scenario, with its outcome and a debrief.', ['outcome', 'title', 'debrief', 'score'], {
    outcome: doc('How it went, for the learner and for reports.', ['success'], oneOfValues([
      ['success', '`success`: the right way.'],
      ['partial', '`partial`: acceptable, with costs.'],
      ['failure', '`failure`: a harmful outcome.'],
    ])),
    title: ref('LocalizedText', 'Title of the ending.', [{ id: 'Integritas terjaga', en: 'Integrity kept' }]),
    debrief: ref('LocalizedMarkdown', 'What happened and why, with the rule behind it.', [{ id: 'Anda menolak dan melapor dalam 30 hari kerja.', en: 'You refused and reported within 30 working days.' }]),
    score: doc('Percent (0–100) this ending is worth.', [100, 50, 0], { type: 'number', minimum: 0, maximum: 100 }),
  }, { type: 'ending', id: 'reported', outcome: 'success', title: 'Tepat', debrief: 'Anda melapor.', score: 100 }),
  Scenario: object(['id', 'title', 'start', 'nodes'], {
    id: ref('Id', 'Id of the scenario; `scenario` blocks and `completion` name it.', ['parcel']),
    title: ref('LocalizedText', 'Title shown above the scenario.', [{ id: 'Parsel Lebaran', en: 'The Eid hamper' }]),
    description: ref('LocalizedMarkdown', 'What the scenario is about, shown before it starts.', [{ id: 'Seorang rekanan mengirim parsel.', en: 'A contractor sends a hamper.' }]),
    image: ref('ImageRef', 'The scenario\'s opening illustration, shown with its description before it starts.', [{ src: 'assets/scene-parcel.svg', alt: { id: 'Parsel di meja resepsionis', en: 'A hamper on the reception desk' } }]),
    variables: doc('Numbers the scenario keeps, such as `integrity` or `trust`.', [[{ name: 'integrity', label: 'Integritas', initial: 3, min: 0, max: 5 }]], list({ $ref: '#/$defs/ScenarioVariable' })),
    start: ref('Id', 'Id of the first node.', ['arrival']),
    nodes: doc('The nodes of the graph, in any order.', [[{ type: 'narration', id: 'arrival', text: '…', next: 'end' }, { type: 'ending', id: 'end', outcome: 'success', title: 'Selesai', debrief: '…', score: 100 }]], list({ $ref: '#/$defs/ScenarioNode' }, { minItems: 1 })),
    replayable: doc('Whether the learner may replay after an ending. Default true.', [true], { type: 'boolean' }),
    notes: notes(),
  }, {
    description: 'A branching scenario: a graph of nodes from start to endings.',
    markdownDescription: 'A branching scenario: a graph of nodes from `start` to endings. Every node must be reachable from `start`, and every path must be able to reach an ending.',
    examples: [{ id: 'parcel', title: 'Parsel', start: 'arrival', nodes: [{ type: 'narration', id: 'arrival', text: '…', next: 'end' }, { type: 'ending', id: 'end', outcome: 'success', title: 'Selesai', debrief: '…', score: 100 }] }],
  }),
};

/** The scenario node branches, in the order the schema lists them. */
export const NODE_BRANCHES = ['NarrationNode', 'DialogueNode', 'ChoiceNode', 'EndingNode'] as const;

scenarioDefs.ScenarioNode = {
  ...taggedUnion(NODE_BRANCHES, [
    { label: 'narration', description: 'A narrator speaks', body: { type: 'narration', id: '${1:node-id}', text: '${2:Text}', next: '${3:next-id}' } },
    { label: 'choice', description: 'The learner decides', body: { type: 'choice', id: '${1:node-id}', prompt: '${2:What do you do?}', choices: [{ id: 'a', text: '${3:A}', next: '${4:node-a}' }, { id: 'b', text: '${5:B}', next: '${6:node-b}' }] } },
    { label: 'ending', description: 'An ending', body: { type: 'ending', id: '${1:node-id}', outcome: '${2|success,partial,failure|}', title: '${3:Title}', debrief: '${4:Debrief}', score: 100 } },
  ]),
  description: 'A node of a scenario. Its type decides what it shows.',
  markdownDescription: 'A node of a scenario. Its `type` decides what it shows: `narration`, `dialogue`, `choice`, `ending`.',
  examples: [{ type: 'narration', id: 'arrival', text: 'Senin pagi…', next: 'offer' }],
};

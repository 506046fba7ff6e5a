import { checkImplementation, deepEqual, type ImplementationContent } from '@onetrip/core';
import { describe, expect, it } from 'vitest';
// The complete, finding-free implementation core's own checker tests use.
import { validImplementationFixture } from '../../../../../../core/src/catalog/guide-check/fixtures.ts';
import { hasChanges, newMaterial, nextKey, parseFormJson, toContent, toEditorValues, type EditorValues } from './editor-values.ts';
import { anchorOf, contentPointerOf, namePathOf, revealCandidates, sectionOf } from './finding-anchors.ts';

const plain = { isInherited: false };

function fixture(): ImplementationContent {
  return validImplementationFixture().content;
}

describe('toEditorValues → toContent', () => {
  it('gives back the very content when nothing was edited', () => {
    const content = fixture();
    expect(deepEqual(toContent(toEditorValues(content), content, plain), content)).toBe(true);
    expect(hasChanges(toEditorValues(content), content, plain)).toBe(false);
  });

  it('keeps the stored representation of empty values (null, "", absent, [] and unset flags)', () => {
    const content = fixture();
    const material = content.materials[0]!;
    material.remarks = '';
    material.blankFormFile = null;
    delete material.sampleFile;
    material.commonMistakes = [];
    delete content.allowsCommitment;
    delete content.intermediaryServices;
    content.process[0]!.countersign = false;
    const saved = toContent(toEditorValues(content), content, plain);
    expect(saved.materials[0]).toStrictEqual(material);
    expect('allowsCommitment' in saved).toBe(false);
    expect('intermediaryServices' in saved).toBe(false);
    expect(saved.process[0]!.countersign).toBe(false);
  });

  it('turns cleared fields into what the API expects', () => {
    const content = fixture();
    const values = toEditorValues(content);
    values.materials[0]!.legalBasis = '';
    values.materials[0]!.proofCode = undefined;
    values.materials[0]!.acceptanceStandard = '';
    values.visitReason = '';
    values.result.sampleFile = '';
    content.materials[0]!.proofCode = 'ZM-1';
    content.materials[0]!.acceptanceStandard = '原件清晰';
    content.result.sampleFile = 'f1';
    content.visitReason = '需要现场核验原件';
    const saved = toContent(values, content, plain);
    expect(saved.materials[0]!.legalBasis).toBeNull();
    expect(saved.materials[0]!.proofCode).toBeNull();
    expect(saved.materials[0]).not.toHaveProperty('acceptanceStandard');
    expect(saved.visitReason).toBeNull();
    expect(saved.result.sampleFile).toBeNull();
  });

  it('reports edits as changes and the checker sees them', () => {
    const content = fixture();
    const { ctx } = validImplementationFixture();
    const values: EditorValues = toEditorValues(content);
    values.promisedLimit = { ...values.promisedLimit, value: content.legalLimit.value + 5, unit: content.legalLimit.unit };
    expect(hasChanges(values, content, plain)).toBe(true);
    const findings = checkImplementation(toContent(values, content, plain), ctx);
    expect(findings.some((f) => f.rule === 'promised-exceeds-legal' && f.blocksSave)).toBe(true);
  });

  it('matches keyed members by key, so a reordered list keeps each member as stored', () => {
    const content = fixture();
    content.materials[1]!.remarks = '';
    const values = toEditorValues(content);
    values.materials.reverse();
    const saved = toContent(values, content, plain);
    expect(saved.materials.map((m) => m.key)).toStrictEqual([...content.materials].reverse().map((m) => m.key));
    expect(saved.materials.find((m) => m.key === content.materials[1]!.key)).toStrictEqual(content.materials[1]);
  });

  it('takes only the local elements from the form for an inherited implementation', () => {
    const content = fixture();
    const values = toEditorValues(content);
    values.name = 'changed by mistake';
    values.materials = [];
    values.place = '红山区政务服务中心';
    values.promisedLimit = { value: 1, unit: 'working_days' };
    values.faq = [{ question: '问', answer: '答' }];
    const saved = toContent(values, content, { isInherited: true });
    expect(saved.name).toBe(content.name);
    expect(saved.materials).toStrictEqual(content.materials);
    expect(saved.place).toBe('红山区政务服务中心');
    expect(saved.promisedLimit).toStrictEqual({ value: 1, unit: 'working_days' });
    expect(saved.faq).toStrictEqual([{ question: '问', answer: '答' }]);
  });

  it('uses the application form from the JSON texts, and the stored one while they do not parse', () => {
    const content = fixture();
    const values = toEditorValues(content);
    const schema = { type: 'object', properties: { applicant: { type: 'string', title: '申请人' } } };
    values.form = { schemaText: JSON.stringify(schema), uiText: '{"order":["applicant"],"fields":{}}' };
    expect(toContent(values, content, plain).form).toStrictEqual({ schema, ui: { order: ['applicant'], fields: {} } });
    values.form.uiText = '{"order": [';
    expect(toContent(values, content, plain).form).toStrictEqual(content.form);
    expect(hasChanges(values, content, plain)).toBe(true);
  });
});

describe('parseFormJson', () => {
  it.each([
    [{ schemaText: '{', uiText: '{}' }, 'schemaJson'],
    [{ schemaText: '{"type":"array"}', uiText: '{}' }, 'schemaShape'],
    [{ schemaText: '{"type":"object","properties":{}}', uiText: 'x' }, 'uiJson'],
    [{ schemaText: '{"type":"object","properties":{}}', uiText: '{"order":[1],"fields":{}}' }, 'uiShape'],
    [{ schemaText: '{"type":"object","properties":{}}', uiText: '{"order":[]}' }, 'uiShape'],
  ] as const)('refuses %j with %s', (values, problem) => {
    const result = parseFormJson(values);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toBe(problem);
  });
});

describe('new members', () => {
  it('picks a key nobody uses', () => {
    expect(nextKey('material', ['material-1', 'material-3'])).toBe('material-4');
    expect(nextKey('material', ['material-3', 'x', 'y'])).toBe('material-4');
    expect(nextKey('step', [])).toBe('step-1');
  });

  it('starts a material with a key and no basis, which the checker then asks for', () => {
    const content = fixture();
    const { ctx } = validImplementationFixture();
    content.materials.push(newMaterial('material-9'));
    const findings = checkImplementation(content, ctx);
    expect(findings.some((f) => f.path === `/materials/${content.materials.length - 1}/legalBasis`)).toBe(true);
  });
});

describe('finding anchors', () => {
  it.each([
    ['', '', null],
    ['/promisedLimit/value', '/promisedLimit', 'limits'],
    ['/materials/2/legalBasis', '/materials/2', 'materials'],
    ['/materials', '/materials', 'materials'],
    ['/conditions/3', '/conditions', 'conditions'],
    ['/faq/0/answer', '/faq/0', 'faq'],
    ['/form/schema/properties/x~1y/title', '/form', 'form'],
    ['/visitReason', '/visitReason', 'handling'],
  ])('%s is shown at %s in section %s', (path, anchor, section) => {
    expect(anchorOf(path)).toBe(anchor);
    expect(sectionOf(path)).toBe(section);
  });

  it('names form fields, with the application form edited as JSON text', () => {
    expect(namePathOf('/materials/2/legalBasis')).toStrictEqual(['materials', 2, 'legalBasis']);
    expect(namePathOf('/form/ui/order/3')).toStrictEqual(['form', 'uiText']);
  });

  it('looks for the closest field first', () => {
    expect(revealCandidates('/process/1/limit/value').map((c) => c.fieldId)).toStrictEqual([
      'implementationEditor_process_1_limit_value',
      'implementationEditor_process_1_limit',
      'implementationEditor_process_1',
      'implementationEditor_process',
      '',
    ]);
    expect(revealCandidates('/materials/0').map((c) => c.anchor)).toStrictEqual(['/materials/0', '/materials', '']);
  });

  it('reads server field paths relative to the content', () => {
    expect(contentPointerOf('/content/materials/0/key')).toBe('/materials/0/key');
    expect(contentPointerOf('/content')).toBe('');
    expect(contentPointerOf('/revision')).toBeNull();
  });
});

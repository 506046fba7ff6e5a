/**
 * Chinese word segmentation with jieba (prebuilt N-API binary, no compilation). Search mode emits a long word and
 * its parts (社会保障 → 社会, 保障, 社会保障), which is what an index wants.
 */
import jieba from '@node-rs/jieba';
import dictModule from '@node-rs/jieba/dict.js';

let instance: InstanceType<typeof jieba.Jieba> | null = null;

export function segment(text: string): string[] {
  instance ??= jieba.Jieba.withDict(dictModule.dict);
  return instance.cutForSearch(text, true);
}

import { BadRequestException, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { z } from 'zod';
import { parse as parseYaml } from 'yaml';
import { Survey } from './entities/survey.entity';
import { Question } from './entities/question.entity';

const MAX_IMPORT_BYTES = 512 * 1024;

const QuestionSchema = z.object({
  key: z.string().regex(/^[a-z][a-z0-9_]{0,63}$/),
  type: z.enum(['single', 'multi', 'text', 'scale']),
  title: z.string().min(1).max(500),
  options: z.array(z.string().max(200)).max(50).optional(),
  required: z.boolean().default(false),
});

const SurveySchema = z.object({
  title: z.string().min(1).max(200),
  description: z.string().max(5000).optional(),
  questions: z.array(QuestionSchema).min(1).max(200),
});

export type SurveyDefinition = z.infer<typeof SurveySchema>;

@Injectable()
export class SurveyImportService {
  private readonly logger = new Logger(SurveyImportService.name);

  constructor(
    @InjectRepository(Survey) private readonly surveys: Repository<Survey>,
    @InjectRepository(Question) private readonly questions: Repository<Question>,
  ) {}

  async importFile(orgId: string, file: Express.Multer.File): Promise<Survey> {
    if (file.size > MAX_IMPORT_BYTES) {
      throw new BadRequestException('Survey file must be under 512 KB');
    }
    const raw = this.parse(file);
    const result = SurveySchema.safeParse(raw);
    if (!result.success) {
      throw new BadRequestException({ message: 'Invalid survey definition', issues: result.error.issues });
    }
    return this.persist(orgId, result.data);
  }

  private parse(file: Express.Multer.File): unknown {
    const text = file.buffer.toString('utf8');
    const isYaml = /\.ya?ml$/i.test(file.originalname) || file.mimetype.includes('yaml');
    try {
      if (isYaml) {
        // core schema = JSON types plus YAML basics; no custom tags, and a low
        // alias cap so "billion laughs" files are rejected instead of expanded
        return parseYaml(text, { schema: 'core', customTags: [], maxAliasCount: 20, uniqueKeys: true });
      }
      return JSON.parse(text);
    } catch (err) {
      throw new BadRequestException(`Could not parse ${file.originalname}: ${(err as Error).message}`);
    }
  }

  private async persist(orgId: string, def: SurveyDefinition): Promise<Survey> {
    return this.surveys.manager.transaction(async (tx) => {
      const survey = await tx.save(
        tx.create(Survey, { orgId, title: def.title, description: def.description ?? null }),
      );
      await tx.save(
        def.questions.map((q, position) =>
          tx.create(Question, { ...q, position, surveyId: survey.id, options: q.options ?? [] }),
        ),
      );
      this.logger.log(`imported survey ${survey.id} (${def.questions.length} questions) for org ${orgId}`);
      return survey;
    });
  }
}

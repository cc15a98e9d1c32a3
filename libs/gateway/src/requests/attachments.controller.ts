import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Subjects, type ActorContext } from '@civicloop/contracts';
import { Actor } from '../identity/actor.decorator';
import { CommandHeaders } from '../http/command-headers';
import { ServiceCalls, type CommandOptions } from '../http/service-calls';
import { AddAttachmentDto } from './add-attachment.dto';

interface ImageSink {
  setHeader(name: string, value: string): void;
  send(body: Buffer): void;
}

/** Photos of a request (附件): whoever sees the request adds and looks at them. */
@ApiTags('requests')
@Controller('requests/:id/attachments')
export class AttachmentsController {
  constructor(private readonly services: ServiceCalls) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Add a photo to the request (JPEG, PNG or WebP, at most 512 kB, 3 per request)' })
  add(@Actor() actor: ActorContext, @Param('id') id: string, @Body() body: AddAttachmentDto, @CommandHeaders() options: CommandOptions) {
    return this.services.command(Subjects.AddAttachment, actor, { requestId: id, ...body }, options);
  }

  @Get(':attachmentId')
  @ApiOperation({ summary: 'The photo itself' })
  // Only the photo is an image; the errors stay JSON (ApiProduces would say image/* for them too).
  @ApiResponse({ status: 200, description: 'the photo', content: Object.fromEntries(['image/jpeg', 'image/png', 'image/webp'].map((type) => [type, { schema: { type: 'string', format: 'binary' } }])) })
  async get(@Actor() actor: ActorContext, @Param('id') id: string, @Param('attachmentId') attachmentId: string, @Res() response: ImageSink) {
    const image = await this.services.query<{ contentType: string; dataBase64: string }>(Subjects.GetAttachment, actor, { requestId: id, attachmentId });
    response.setHeader('content-type', image.contentType);
    // Personal: never kept by shared caches; sniffing off, so the bytes are only ever an image.
    response.setHeader('cache-control', 'private, max-age=3600');
    response.setHeader('x-content-type-options', 'nosniff');
    response.send(Buffer.from(image.dataBase64, 'base64'));
  }
}

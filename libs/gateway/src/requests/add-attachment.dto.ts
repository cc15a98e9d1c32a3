import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length, MaxLength } from 'class-validator';
import { ATTACHMENT_CONTENT_TYPES, MAX_ATTACHMENT_BYTES } from '@civicloop/contracts';

/** Base64 is 4 characters per 3 bytes. */
const MAX_BASE64_LENGTH = Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4;

/** A photo of the request (附件): a small image, base64-encoded (the portal shrinks phone photos first). */
export class AddAttachmentDto {
  @ApiProperty({ example: '现场.jpg' }) @IsString() @Length(1, 200) fileName!: string;
  @ApiProperty({ enum: ATTACHMENT_CONTENT_TYPES })
  @IsIn(ATTACHMENT_CONTENT_TYPES, { message: `contentType must be one of: ${ATTACHMENT_CONTENT_TYPES.join(', ')}` })
  contentType!: string;
  @ApiProperty({ description: `the image, base64-encoded; at most ${MAX_ATTACHMENT_BYTES / 1024} kB`, format: 'byte', maxLength: MAX_BASE64_LENGTH })
  @IsString()
  @MaxLength(MAX_BASE64_LENGTH, { message: `dataBase64 must be at most ${MAX_ATTACHMENT_BYTES / 1024} kB of image` })
  dataBase64!: string;
}
